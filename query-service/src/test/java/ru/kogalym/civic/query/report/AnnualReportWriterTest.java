package ru.kogalym.civic.query.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import ru.kogalym.civic.contract.cityevent.CityEventKind;
import ru.kogalym.civic.contract.council.BodyKind;
import ru.kogalym.civic.contract.meeting.MeetingKind;
import ru.kogalym.civic.contract.support.SupportKind;
import ru.kogalym.civic.query.summary.AnnualSummary;
import ru.kogalym.civic.query.summary.AnnualSummary.GrantLevelFigures;
import ru.kogalym.civic.query.summary.AnnualSummary.NcoName;
import ru.kogalym.civic.query.summary.AnnualSummary.Priority;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The report renders a 2020-like summary as the seed report reads, in every format and both languages. */
class AnnualReportWriterTest {

    @Test
    void russianMarkdownReadsLikeTheSeedReport() {
        String md = md(seedLike(), ReportLanguage.RU);

        assertThat(md).contains("# Что наиболее значительное удалось сделать в области взаимодействия "
                + "с общественностью в 2020 году");
        assertThat(md).contains("действуют 6 зарегистрированных некоммерческих организаций (НКО)");
        assertThat(md).contains("4 некоммерческие организации не зарегистрированы в ведомственном реестре:");
        assertThat(md).contains("- Местная общественная организация «Единство»");
        assertThat(md).contains("- Когалымская местная общественная организация «Славянское содружество»");
        assertThat(md).contains("Кызыл Ту» (в переводе на русский язык означает «Красное Знамя»)");
        assertThat(md).contains("проведено 4 рабочих совещания.");
        assertThat(md).contains("НКО приняли участие в 5 заседаниях комиссий.");
        assertThat(md).contains("5 заседаний комиссии с участием НКО");
        assertThat(md).contains("10 организаций в муниципальном реестре");
        assertThat(md).contains("проведено 2 рейдовых мероприятия, роздано 500 памяток");
        assertThat(md).contains("в 3 общегородских мероприятиях: субботники — 1, спартакиады — 1, семинары — 1.");
        assertThat(md).contains("## Какие задачи стоят в 2021 году");
        assertThat(md).contains("- Конструктивное взаимодействие с НКО — поддержка.\n");
        // sections in the report's order
        assertThat(md.indexOf("зарегистрированных")).isLessThan(md.indexOf("рабочих совещания"));
        assertThat(md.indexOf("рабочих совещания")).isLessThan(md.indexOf("5 заседаниях"));
        assertThat(md.indexOf("5 заседаниях")).isLessThan(md.indexOf("рейдовых"));
        assertThat(md.indexOf("рейдовых")).isLessThan(md.indexOf("Какие задачи стоят в 2021 году"));
    }

    @Test
    void englishMarkdown() {
        String md = md(seedLike(), ReportLanguage.EN);

        assertThat(md).contains("# What was most significant in the work with civil society in 2020");
        assertThat(md).contains("6 non-profit organisations (NCOs) of the city of Kogalym are listed");
        assertThat(md).contains("4 NCOs are not registered there:");
        assertThat(md).contains("held 4 working meetings.");
        assertThat(md).contains("NCOs took part in 5 commission sessions.");
        assertThat(md).contains("(meaning “Красное Знамя”)");
        assertThat(md).contains("## Tasks for 2021");
    }

    @Test
    void figuresRestingOnIllustrativeValuesAreLeftOutAndNamedInBothLanguages() {
        AnnualSummary summary = withIllustrative(seedLike(), List.of(AnnualSummary.NEW_NCOS, AnnualSummary.LEAFLETS,
                AnnualSummary.RESIDENTS));

        String ru = md(summary, ReportLanguage.RU);
        assertThat(ru).contains("проведено 2 рейдовых мероприятия.", "- 2 рейдовых мероприятия\n")
                      .doesNotContain("500", "250", "роздано", "разъяснения получил",
                              "внесено в муниципальный реестр за год")
                      .contains("в отчёт не включены: число организаций, внесённых в муниципальный реестр за год, "
                              + "число розданных памяток, число жителей, получивших разъяснения.");
        assertThat(ru.indexOf("в отчёт не включены")).isLessThan(ru.indexOf("Какие задачи стоят"));

        String en = md(summary, ReportLanguage.EN);
        assertThat(en).contains("held 2 awareness raids.", "- 2 awareness raids\n")
                      .doesNotContain("500", "leaflets were", "250 residents", "- 0 organisations entered")
                      .contains("are left out of this report: the number of organisations that entered the municipal "
                              + "registry during the year, the number of leaflets handed out, the number of residents "
                              + "reached.");
    }

    @Test
    void onlyTheIllustrativeFiguresAreLeftOut() {
        String ru = md(
                withIllustrative(seedLike(), List.of(AnnualSummary.LEAFLETS)), ReportLanguage.RU);

        assertThat(ru).contains("разъяснения получили 250 жителей")
                      .doesNotContain("памяток,", "роздано 500", "0 организаций внесено в муниципальный реестр")
                      .contains("в отчёт не включены: число розданных памяток.");
        assertThat(md(seedLike(), ReportLanguage.RU))
                .doesNotContain("в отчёт не включены");
    }

    /**
     * Where nothing of a kind was entered, the report says so of the system, not of the city: an official signs for
     * the record, and a zero would read as "there was no support". No count of zero is printed.
     */
    @Test
    void anEmptyYearSaysTheSystemHoldsNothingInsteadOfCountingZeros() {
        AnnualSummary empty = new AnnualSummary(1995,
                new AnnualSummary.Ncos(0, 0, 0, 0, 0, 0, List.of(), List.of()),
                new AnnualSummary.Meetings(0, zeros(MeetingKind.values())), 0,
                new AnnualSummary.Raids(0, 0, 0),
                new AnnualSummary.EventParticipations(0, zeros(CityEventKind.values())),
                new AnnualSummary.Support(0, zeros(SupportKind.values()), new BigDecimal("0.00")),
                new AnnualSummary.Grants(0, 0, 0, new BigDecimal("0.00"), Map.of()), List.of(), List.of(), List.of());

        String ru = md(empty, ReportLanguage.RU);
        String en = md(empty, ReportLanguage.EN);

        assertThat(ru).contains(
                        "Сведения об общественных советах, действовавших в 1995 году, в систему не вносились.",
                        "Сведения о некоммерческих организациях (НКО), внесённых на 31 декабря 1995 года в ведомственный",
                        "Сведения о НКО, не зарегистрированных в ведомственном реестре, в систему не вносились.",
                        "Сведения о рабочих совещаниях с НКО в 1995 году в систему не вносились.",
                        "Сведения о заседаниях комиссий с участием НКО в 1995 году в систему не вносились.",
                        "Сведения о рейдовых мероприятиях в 1995 году в систему не вносились.",
                        "Сведения об участии НКО в общегородских мероприятиях в 1995 году в систему не вносились.",
                        "Сведения о поддержке НКО в 1995 году в систему не вносились.",
                        "Сведения о заявках НКО на гранты в 1995 году в систему не вносились.",
                        "Сведения за 1995 год в систему не вносились.",
                        "Сведения о задачах на 1996 год в систему не вносились.")
                      .doesNotContainPattern("(^|[\\s(])0 ")
                      .doesNotContain("не проводились", "не подавались", "не зарегистрирована", "не получено",
                              "не заданы", "нет.");
        assertThat(en).contains("No public councils working in 1995 were recorded in the system.",
                        "No NCOs not registered there were recorded in the system.",
                        "No working meetings with NCOs in 1995 were recorded in the system.",
                        "No commission sessions with NCOs taking part in 1995 were recorded in the system.",
                        "No awareness raids in 1995 were recorded in the system.",
                        "No NCO participation in city events in 1995 was recorded in the system.",
                        "No support to NCOs in 1995 was recorded in the system.",
                        "No grant applications of NCOs in 1995 were recorded in the system.",
                        "Nothing for 1995 was recorded in the system.",
                        "No tasks for 1996 were recorded in the system.")
                      .doesNotContainPattern("(^|[\\s(])0 ")
                      .doesNotContain("held no", "were held", "were filed", "have been set", "There are no");
    }

    /** The 2020 summary as the seed gives it: no SONCO status, support or grant entered, and none is counted. */
    @Test
    void aYearWithSomeKindsNotEnteredCountsOnlyWhatWasEntered() {
        AnnualSummary seed = seedLike();
        AnnualSummary summary = new AnnualSummary(seed.year(),
                new AnnualSummary.Ncos(10, 6, 4, 0, 0, 0, seed.ncos().stateRegisteredNcos(),
                        seed.ncos().notStateRegisteredNcos()),
                seed.meetings(), seed.commissionSessionsWithNcos(), new AnnualSummary.Raids(2, 0, 0),
                seed.eventParticipations(),
                new AnnualSummary.Support(0, zeros(SupportKind.values()), new BigDecimal("0.00")),
                new AnnualSummary.Grants(0, 0, 0, new BigDecimal("0.00"), Map.of()), seed.priorities(),
                seed.nextYearPriorities(), seed.illustrative());

        String ru = md(summary, ReportLanguage.RU);
        String en = md(summary, ReportLanguage.EN);

        assertThat(ru).contains("- 10 организаций в муниципальном реестре, из них в ведомственном реестре — 6\n",
                        "- 2 рейдовых мероприятия\n", "Сведения о поддержке НКО в 2020 году в систему не вносились.",
                        "Сведения о заявках НКО на гранты в 2020 году в систему не вносились.")
                      .doesNotContain("0 социально ориентированных", "0 грантов", "0 памяток",
                              "Поддержка НКО в 2020 году не зарегистрирована", "Заявки на гранты не подавались")
                      .doesNotContainPattern("(^|[\\s(])0 ");
        assertThat(en).contains("- 10 organisations in the municipal registry, 6 of them in the state register\n",
                        "No support to NCOs in 2020 was recorded in the system.",
                        "No grant applications of NCOs in 2020 were recorded in the system.")
                      .doesNotContain("0 socially oriented", "0 grants", "No grant applications were filed")
                      .doesNotContainPattern("(^|[\\s(])0 ");
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

        String html = ReportRenderers.html(write(withScript, ReportLanguage.RU)).replace('\u00A0', ' ');
        String md = md(withScript, ReportLanguage.RU);

        assertThat(html).doesNotContain("<script>")
                        .contains("<li>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; «Союз»</li>")
                        .contains("<h1>Что наиболее значительное удалось сделать")
                        .contains("проведено 4 рабочих совещания.")
                        .startsWith("<!DOCTYPE html>");
        assertThat(md).doesNotContain("<script>").contains("\\<script\\>");
    }

    @Test
    void pdfIsAPdfWhoseTextIsTheReportInEitherLanguage() throws Exception {
        byte[] pdf = ReportRenderers.pdf(write(seedLike(), ReportLanguage.RU));

        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replace('\u00A0', ' ').replaceAll("\\s+", " ");
            assertThat(text).contains("проведено 4 рабочих совещания")
                            .contains("5 заседаниях комиссий")
                            .contains("«Кызыл Ту»");
        }
        try (PDDocument document = Loader.loadPDF(ReportRenderers.pdf(write(seedLike(), ReportLanguage.EN)))) {
            String text = new PDFTextStripper().getText(document).replace('\u00A0', ' ').replaceAll("\\s+", " ");
            assertThat(text).contains("What was most significant in the work with civil society in 2020")
                            .contains("held 4 working meetings")
                            .contains("NCOs took part in 5 commission sessions")
                            .contains("(meaning “Красное Знамя”)")
                            .contains("Page 1 of");
        }
    }

    @Test
    void theYearsFactsAreToldAndWhatStaffEnteredStaysAsEntered() {
        AnnualSummary summary = seedLike();
        AnnualSummary withCourse = new AnnualSummary(summary.year(), summary.ncos(), summary.meetings(),
                summary.commissionSessionsWithNcos(), summary.raids(), summary.eventParticipations(),
                summary.support(), summary.grants(),
                List.of(new Priority("t0", "Охрана общественного порядка", "Вовлечение институтов гражданского "
                        + "общества в охрану общественного порядка", false)),
                summary.nextYearPriorities(), summary.illustrative());

        String ru = ReportRenderers.markdown(AnnualReportWriter.write(withCourse, facts(), ReportLanguage.RU, ISSUE))
                .replace('\u00A0', ' ');
        assertThat(ru).contains("общественных советов, действующих при Администрации города, в том числе:\n\n"
                        + "- Общественный Совет города Когалыма\n- Общественный Совет по культуре\n")
                .contains("Общественный Совет города Когалыма является совещательным и консультативным органом")
                .contains("В 2020 году совместно с НКО проведено 4 рабочих совещания. Тема — «Согласие». "
                        + "Место проведения — «Дом Дружбы». Участники, кроме НКО, — «Должностные лица», "
                        + "«Представители полиции».")
                .contains("Комиссия по противодействию экстремистской деятельности провела в 2020 году 5 заседаний с "
                        + "участием НКО, являющихся её членами.")
                .contains("проведено 2 рейдовых мероприятия, роздано 500 памяток, разъяснения получили 250 жителей. "
                        + "Цель — «Масочный режим». Место проведения — «Площадь по улице Мира». Вместе с лидерами НКО "
                        + "рейды проводили: «Должностные лица ОМС».")
                .contains("Приоритетное направление работы Администрации города в 2020 году:\n\n"
                        + "- Охрана общественного порядка. Вовлечение институтов гражданского общества в охрану "
                        + "общественного порядка.\n");

        String en = ReportRenderers.markdown(AnnualReportWriter.write(withCourse, facts(), ReportLanguage.EN, ISSUE))
                .replace('\u00A0', ' ');
        assertThat(en).contains("attached to the City Administration, among them:\n\n- Общественный Совет города Когалыма")
                .contains("Общественный Совет города Когалыма is a consultative and advisory body")
                .contains("held 4 working meetings. Topic: “Согласие”. Venue: “Дом Дружбы”. Taking part besides "
                        + "NCOs: “Должностные лица”, “Представители полиции”.")
                .contains("Комиссия по противодействию экстремистской деятельности held 5 sessions in 2020 with NCOs "
                        + "taking part, as its members.")
                .contains("The City Administration’s priority in 2020:\n\n- Охрана общественного порядка.");
    }

    @Test
    void theReportSaysWhichMomentItReflectsWhenAsked() {
        AnnualReportWriter.Issue asKnown = new AnnualReportWriter.Issue(LocalDate.of(2021, 1, 20),
                Instant.parse("2021-01-15T07:30:00Z"), ReportSettings.DEFAULTS);

        String ru = ReportRenderers.markdown(AnnualReportWriter.write(seedLike(), facts(), ReportLanguage.RU, asKnown))
                .replace('\u00A0', ' ');
        String en = ReportRenderers.markdown(AnnualReportWriter.write(seedLike(), facts(), ReportLanguage.EN, asKnown))
                .replace('\u00A0', ' ');

        assertThat(ru).contains("Отчёт отражает сведения, известные на 15 января 2021 г., 12:30 (UTC+05:00).");
        assertThat(en).contains("This report reflects what was known on January 15, 2021, 12:30 (UTC+05:00).");
        assertThat(md(seedLike(), ReportLanguage.RU)).doesNotContain("Отчёт отражает сведения");
    }

    @Test
    void letterheadAndSignatureAreConfiguredOrLeftBlankToFillIn() {
        String blank = md(seedLike(), ReportLanguage.RU);
        assertThat(blank).startsWith("**Администрация города Когалыма**\n\nДата: 20 января 2021 г.  \n"
                        + "№ \\_\\_\\_")
                .endsWith("\\_ (должность)  \n" + "\\_".repeat(24) + " (подпись)  \n"
                        + "\\_".repeat(24) + " (инициалы, фамилия)\n");

        ReportSettings settings = new ReportSettings("Администрация города Когалыма", "Отдел по связям с "
                + "общественностью", "Заместитель главы города", "И. И. Иванов", null);
        String signed = ReportRenderers.markdown(AnnualReportWriter.write(seedLike(), facts(), ReportLanguage.EN,
                new AnnualReportWriter.Issue(LocalDate.of(2021, 1, 20), null, settings))).replace('\u00A0', ' ');
        assertThat(signed).startsWith("**Администрация города Когалыма**  \n**Отдел по связям с общественностью**\n\n"
                        + "Date: January 20, 2021  \nNo. \\_")
                .endsWith("Заместитель главы города  \n" + "\\_".repeat(24) + " (signature)  \nИ. И. Иванов\n");
        assertThat(ReportRenderers.html(AnnualReportWriter.write(seedLike(), facts(), ReportLanguage.EN,
                new AnnualReportWriter.Issue(LocalDate.of(2021, 1, 20), null, settings))))
                .contains("<td>Заместитель главы города</td>")
                .contains("content: \"Page \" counter(page) \" of \" counter(pages);");
    }

    @Test
    void russianTypography() {
        String ru = ReportRenderers.markdown(AnnualReportWriter.write(seedLike(), facts(), ReportLanguage.RU, ISSUE));

        assertThat(ru).as("a number is bound to the word it counts, a dash to the word before it")
                .doesNotContainPattern("\\d [\\p{L}]").doesNotContainPattern("\\p{L} —");
        assertThat(ru).as("no full stop doubled after an abbreviation").doesNotContain("..")
                .contains("(на сумму 150\u00A0000,00\u00A0руб.), отклонена");
        assertThat(ru).as("no capital letter after a colon within a line").doesNotContainPattern(": \\p{Lu}");
        assertThat(ru).as("Russian quotes").doesNotContain("\"").doesNotContain("“");
    }

    /** The year's facts beyond the figures, as the 2020 records give them. */
    static ReportFacts facts() {
        return new ReportFacts(
                List.of(new ReportFacts.Council("Общественный Совет города Когалыма", true),
                        new ReportFacts.Council("Общественный Совет по культуре", false)),
                new ReportFacts.Details(Set.of("Согласие"), Set.of("Дом Дружбы"),
                        new LinkedHashSet<>(List.of("Должностные лица", "Представители полиции"))),
                List.of(new ReportFacts.BodySessions("Комиссия по противодействию экстремистской деятельности",
                        BodyKind.COMMISSION, 5, true)),
                new ReportFacts.Details(Set.of("Масочный режим"), Set.of("Площадь по улице Мира"),
                        Set.of("Должностные лица ОМС")));
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

    static final AnnualReportWriter.Issue ISSUE = new AnnualReportWriter.Issue(LocalDate.of(2021, 1, 20), null,
            ReportSettings.DEFAULTS);

    static ReportDocument write(AnnualSummary summary, ReportLanguage language) {
        return AnnualReportWriter.write(summary, ReportFacts.NONE, language, ISSUE);
    }

    /** The Markdown with no-break spaces read as spaces, for the wording's sake. */
    static String md(AnnualSummary summary, ReportLanguage language) {
        return ReportRenderers.markdown(write(summary, language)).replace('\u00A0', ' ');
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
