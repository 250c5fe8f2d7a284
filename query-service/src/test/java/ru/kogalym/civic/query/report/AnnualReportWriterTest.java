package ru.kogalym.civic.query.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import ru.kogalym.civic.contract.cityevent.CityEventKind;
import ru.kogalym.civic.contract.meeting.MeetingKind;
import ru.kogalym.civic.contract.support.SupportKind;
import ru.kogalym.civic.query.summary.AnnualSummary;
import ru.kogalym.civic.query.summary.AnnualSummary.GrantLevelFigures;
import ru.kogalym.civic.query.summary.AnnualSummary.NcoName;
import ru.kogalym.civic.query.summary.AnnualSummary.Priority;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The report renders a 2020-like summary as the seed report reads, in every format and both languages. */
class AnnualReportWriterTest {

    @Test
    void russianMarkdownReadsLikeTheSeedReport() {
        String md = ReportRenderers.markdown(AnnualReportWriter.write(seedLike(), ReportLanguage.RU));

        assertThat(md).contains("# Что наиболее значительное удалось сделать в области взаимодействия "
                + "с общественностью в 2020 году");
        assertThat(md).contains("действуют 6 зарегистрированных некоммерческих организаций (НКО)");
        assertThat(md).contains("4 некоммерческие организации не зарегистрированы в ведомственном реестре:");
        assertThat(md).contains("- Местная общественная организация «Единство»");
        assertThat(md).contains("- Когалымская местная общественная организация «Славянское содружество»");
        assertThat(md).contains("Кызыл Ту» (в переводе на русский язык означает «Красное Знамя»)");
        assertThat(md).contains("проведено 4 рабочих совещания.");
        assertThat(md).contains("НКО приняли участие в 5 заседаниях комиссии по противодействию экстремистской "
                + "деятельности");
        assertThat(md).contains("5 заседаний комиссии с участием НКО");
        assertThat(md).contains("10 организаций в муниципальном реестре");
        assertThat(md).contains("проведено 2 рейдовых мероприятия, роздано 500 памяток");
        assertThat(md).contains("в 3 общегородских мероприятиях: субботники — 1, спартакиады — 1, семинары — 1.");
        assertThat(md).contains("## Какие задачи стоят в 2021 году");
        assertThat(md).contains("- Конструктивное взаимодействие с НКО: поддержка");
        // sections in the report's order
        assertThat(md.indexOf("зарегистрированных")).isLessThan(md.indexOf("рабочих совещания"));
        assertThat(md.indexOf("рабочих совещания")).isLessThan(md.indexOf("5 заседаниях"));
        assertThat(md.indexOf("5 заседаниях")).isLessThan(md.indexOf("рейдовых"));
        assertThat(md.indexOf("рейдовых")).isLessThan(md.indexOf("Какие задачи стоят в 2021 году"));
    }

    @Test
    void englishMarkdown() {
        String md = ReportRenderers.markdown(AnnualReportWriter.write(seedLike(), ReportLanguage.EN));

        assertThat(md).contains("# What was most significant in the work with civil society in 2020");
        assertThat(md).contains("6 non-profit organisations (NCOs) of the city of Kogalym are listed");
        assertThat(md).contains("4 NCOs are not registered there:");
        assertThat(md).contains("held 4 working meetings.");
        assertThat(md).contains("NCOs took part in 5 sessions of the commission on countering extremist activity");
        assertThat(md).contains("(meaning “Красное Знамя”)");
        assertThat(md).contains("## Tasks for 2021");
    }

    @Test
    void figuresRestingOnIllustrativeValuesAreLeftOutAndNamedInBothLanguages() {
        AnnualSummary summary = withIllustrative(seedLike(), List.of(AnnualSummary.NEW_NCOS, AnnualSummary.LEAFLETS,
                AnnualSummary.RESIDENTS));

        String ru = ReportRenderers.markdown(AnnualReportWriter.write(summary, ReportLanguage.RU));
        assertThat(ru).contains("проведено 2 рейдовых мероприятия.", "- 2 рейдовых мероприятия\n")
                      .doesNotContain("500", "250", "роздано", "разъяснения получил",
                              "внесено в муниципальный реестр за год")
                      .contains("в отчёт не включены: число организаций, внесённых в муниципальный реестр за год, "
                              + "число розданных памяток, число жителей, получивших разъяснения.");
        assertThat(ru.indexOf("в отчёт не включены")).isLessThan(ru.indexOf("Какие задачи стоят"));

        String en = ReportRenderers.markdown(AnnualReportWriter.write(summary, ReportLanguage.EN));
        assertThat(en).contains("held 2 awareness raids.", "- 2 awareness raids\n")
                      .doesNotContain("500", "leaflets were", "250 residents", "- 0 organisations entered")
                      .contains("are left out of this report: the number of organisations that entered the municipal "
                              + "registry during the year, the number of leaflets handed out, the number of residents "
                              + "reached.");
    }

    @Test
    void onlyTheIllustrativeFiguresAreLeftOut() {
        String ru = ReportRenderers.markdown(AnnualReportWriter.write(
                withIllustrative(seedLike(), List.of(AnnualSummary.LEAFLETS)), ReportLanguage.RU));

        assertThat(ru).contains("разъяснения получили 250 жителей", "0 организаций внесено в муниципальный реестр")
                      .doesNotContain("памяток,", "роздано 500")
                      .contains("в отчёт не включены: число розданных памяток.");
        assertThat(ReportRenderers.markdown(AnnualReportWriter.write(seedLike(), ReportLanguage.RU)))
                .doesNotContain("в отчёт не включены");
    }

    @Test
    void anEmptyYearSaysSoInsteadOfCountingZeros() {
        AnnualSummary empty = new AnnualSummary(1995,
                new AnnualSummary.Ncos(0, 0, 0, 0, 0, 0, List.of(), List.of()),
                new AnnualSummary.Meetings(0, zeros(MeetingKind.values())), 0,
                new AnnualSummary.Raids(0, 0, 0),
                new AnnualSummary.EventParticipations(0, zeros(CityEventKind.values())),
                new AnnualSummary.Support(0, zeros(SupportKind.values()), new BigDecimal("0.00")),
                new AnnualSummary.Grants(0, 0, 0, new BigDecimal("0.00"), Map.of()), List.of(), List.of(), List.of());

        String ru = ReportRenderers.markdown(AnnualReportWriter.write(empty, ReportLanguage.RU));
        String en = ReportRenderers.markdown(AnnualReportWriter.write(empty, ReportLanguage.EN));

        assertThat(ru).contains("рабочие совещания не проводились").contains("Задачи на 1996 год не заданы.")
                      .contains("В 1995 году рейдовые мероприятия не проводились.");
        assertThat(en).contains("held no working meetings").contains("No tasks have been set for 1996.");
    }

    @Test
    void htmlEscapesNames() {
        AnnualSummary summary = seedLike();
        List<NcoName> registered = new ArrayList<>(summary.ncos().stateRegisteredNcos());
        registered.add(new NcoName("x", "<script>alert('x')</script> & «Союз»", null, null));
        AnnualSummary withScript = new AnnualSummary(summary.year(),
                new AnnualSummary.Ncos(11, 7, 4, 0, 1, 0, registered, summary.ncos().notStateRegisteredNcos()),
                summary.meetings(), summary.commissionSessionsWithNcos(), summary.raids(),
                summary.eventParticipations(), summary.support(), summary.grants(), summary.priorities(),
                summary.nextYearPriorities(), summary.illustrative());

        String html = ReportRenderers.html(AnnualReportWriter.write(withScript, ReportLanguage.RU));
        String md = ReportRenderers.markdown(AnnualReportWriter.write(withScript, ReportLanguage.RU));

        assertThat(html).doesNotContain("<script>")
                        .contains("<li>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; «Союз»</li>")
                        .contains("<h1>Что наиболее значительное удалось сделать")
                        .contains("проведено 4 рабочих совещания.")
                        .startsWith("<!DOCTYPE html>");
        assertThat(md).doesNotContain("<script>").contains("\\<script\\>");
    }

    @Test
    void pdfIsAPdfWhoseTextIsTheRussianReport() throws Exception {
        byte[] pdf = ReportRenderers.pdf(AnnualReportWriter.write(seedLike(), ReportLanguage.RU));

        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("проведено 4 рабочих совещания")
                            .contains("5 заседаниях комиссии")
                            .contains("«Кызыл Ту»");
        }
    }

    /** The seed report's 2020: 10 NCOs of which 6 registered, 4 working meetings, 5 commission sessions. */
    static AnnualSummary seedLike() {
        List<NcoName> registered = List.of(
                new NcoName("n1", "Местная общественная организация «Единство»", "Единство", null),
                new NcoName("n2", "Местная общественная организация «ВАЙНАХ» (НАШ ГОРОД)", "ВАЙНАХ", null),
                new NcoName("n3", "Когалымская городская общественная организация «НУР»", "НУР", null),
                new NcoName("n4", "Местная общественная организация казахского народа «Кызыл Ту»", "Кызыл Ту",
                        "Красное Знамя"),
                new NcoName("n5", "Местная национально-культурная автономия азербайджанцев г.Когалыма", null, null),
                new NcoName("n6", "Местная общественная организация Азербайджанского народа «Достлуг»", "Достлуг",
                        "Дружба"));
        List<NcoName> others = List.of(
                new NcoName("n7", "Национально-культурное общество таджиков города Когалыма", null, null),
                new NcoName("n8", "Местная общественная организация «Ак-Ниет»", "Ак-Ниет", null),
                new NcoName("n9", "Автономная некоммерческая организация «Ак калфак»", "Ак калфак", null),
                new NcoName("n10", "Когалымская местная общественная организация «Славянское содружество»", null, null));
        Map<String, Integer> meetings = zeros(MeetingKind.values());
        meetings.put("WORKING_MEETING", 4);
        meetings.put("COMMISSION_SESSION", 5);
        Map<String, Integer> events = zeros(CityEventKind.values());
        events.put("CLEAN_UP_DAY", 1);
        events.put("SPORTS_DAY", 1);
        events.put("SEMINAR", 1);
        Map<String, GrantLevelFigures> levels = new LinkedHashMap<>();
        levels.put("MUNICIPAL", new GrantLevelFigures(2, 1, 1, new BigDecimal("150000.00")));
        levels.put("OKRUG", new GrantLevelFigures(0, 0, 0, new BigDecimal("0.00")));
        levels.put("FEDERAL", new GrantLevelFigures(0, 0, 0, new BigDecimal("0.00")));
        Map<String, Integer> support = zeros(SupportKind.values());
        support.put("CONSULTATIVE", 3);
        support.put("FINANCIAL", 1);
        return new AnnualSummary(2020,
                new AnnualSummary.Ncos(10, 6, 4, 2, 0, 0, registered, others),
                new AnnualSummary.Meetings(9, meetings), 5,
                new AnnualSummary.Raids(2, 500, 250),
                new AnnualSummary.EventParticipations(3, events),
                new AnnualSummary.Support(4, support, new BigDecimal("50000.00")),
                new AnnualSummary.Grants(2, 1, 1, new BigDecimal("150000.00"), levels),
                List.of(),
                List.of(new Priority("t1", "Конструктивное взаимодействие с НКО", "поддержка", false),
                        new Priority("t2", "Содействие в увеличении количества СОНКО", null, false)),
                List.of());
    }

    private static AnnualSummary withIllustrative(AnnualSummary summary, List<String> figures) {
        return new AnnualSummary(summary.year(), summary.ncos(), summary.meetings(),
                summary.commissionSessionsWithNcos(), summary.raids(), summary.eventParticipations(),
                summary.support(), summary.grants(), summary.priorities(), summary.nextYearPriorities(), figures);
    }

    private static Map<String, Integer> zeros(Enum<?>[] kinds) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Enum<?> kind : kinds) {
            counts.put(kind.name(), 0);
        }
        return counts;
    }
}
