package ru.kogalym.civic.query.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Russian numerals agree with their nouns through ICU's plural rules; the typography holds numbers to their words. */
class ReportTextsTest {

    private final ReportTexts ru = new ReportTexts(ReportLanguage.RU);
    private final ReportTexts en = new ReportTexts(ReportLanguage.EN);

    @ParameterizedTest
    @CsvSource({
            "1, 1 рабочее совещание",
            "2, 2 рабочих совещания",
            "4, 4 рабочих совещания",
            "5, 5 рабочих совещаний",
            "11, 11 рабочих совещаний",
            "21, 21 рабочее совещание",
            "22, 22 рабочих совещания"})
    void meetings(int n, String expected) {
        assertThat(plain(ru.format("figures.meetings", "n", n))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "1, 1 заседание комиссии с участием НКО",
            "2, 2 заседания комиссии с участием НКО",
            "5, 5 заседаний комиссии с участием НКО",
            "11, 11 заседаний комиссии с участием НКО",
            "21, 21 заседание комиссии с участием НКО",
            "22, 22 заседания комиссии с участием НКО"})
    void sessions(int n, String expected) {
        assertThat(plain(ru.format("figures.sessions", "n", n))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "1, 1 организация в муниципальном реестре",
            "2, 2 организации в муниципальном реестре",
            "5, 5 организаций в муниципальном реестре",
            "11, 11 организаций в муниципальном реестре",
            "21, 21 организация в муниципальном реестре",
            "22, 22 организации в муниципальном реестре"})
    void organizations(int n, String expected) {
        assertThat(plain(ru.format("figures.organizations", "n", n, "s", 1))).startsWith(expected + ",");
        assertThat(plain(ru.format("figures.organizations", "n", n, "s", 0))).as("no zero of them")
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "1, НКО приняли участие в 1 заседании комиссии.",
            "2, НКО приняли участие в 2 заседаниях комиссий.",
            "5, НКО приняли участие в 5 заседаниях комиссий.",
            "11, НКО приняли участие в 11 заседаниях комиссий.",
            "21, НКО приняли участие в 21 заседании комиссии.",
            "22, НКО приняли участие в 22 заседаниях комиссий."})
    void sessionsInThePrepositionalCase(int n, String expected) {
        assertThat(plain(ru.format("sessions", "year", "2020", "n", n))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "1, проведено 1 рабочее совещание.",
            "4, проведено 4 рабочих совещания.",
            "5, проведено 5 рабочих совещаний.",
            "21, проведено 21 рабочее совещание."})
    void meetingsSentence(int n, String expected) {
        assertThat(plain(ru.format("meetings.working", "year", "2020", "n", n))).endsWith("совместно с НКО " + expected);
    }

    @ParameterizedTest
    @CsvSource({
            "1, 1 working meeting",
            "2, 2 working meetings",
            "5, 5 working meetings",
            "21, 21 working meetings"})
    void englishPlurals(int n, String expected) {
        assertThat(plain(en.format("figures.meetings", "n", n))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "1, 1 памятка",
            "3, 3 памятки",
            "1000, 1 000 памяток",
            "1001, 1 001 памятка"})
    void largeNumbersAreGroupedAndStillAgree(int n, String expected) {
        assertThat(plain(ru.format("figures.raids.leaflets", "l", n))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "COMMISSION, yes, 'Комиссия провела в 2020 году 5 заседаний с участием НКО, являющихся её членами.'",
            "COMMISSION, no, Комиссия провела в 2020 году 5 заседаний с участием НКО.",
            "COUNCIL, yes, 'Совет провёл в 2020 году 1 заседание с участием НКО, являющихся его членами.'"})
    void aBodysSessionsAgreeWithItsKind(String kind, String members, String expected) {
        String name = kind.equals("COMMISSION") ? "Комиссия" : "Совет";
        int n = kind.equals("COMMISSION") ? 5 : 1;
        assertThat(plain(ru.format("sessions.body", "name", name, "kind", kind, "year", "2020", "n", n,
                "members", members))).isEqualTo(expected);
    }

    @Test
    void bothBundlesSayTheSameThings() {
        assertThat(ReportTexts.bundle(ReportLanguage.EN).keySet())
                .containsExactlyInAnyOrderElementsOf(ReportTexts.bundle(ReportLanguage.RU).keySet());
    }

    @Test
    void numbersStayOnTheLineOfTheWordTheyCount() {
        assertThat(ru.format("figures.raids", "n", 3)).isEqualTo("3\u00A0рейдовых мероприятия");
        assertThat(ru.counted("субботники", 1)).isEqualTo("субботники\u00A0—\u00A01");
        assertThat(ru.format("support.financial", "amount", ru.money(new BigDecimal("150000.50"))))
                .isEqualTo("Объём финансовой поддержки составил 150\u00A0000,50\u00A0руб.");
        assertThat(ru.date(LocalDate.of(2021, 1, 20))).isEqualTo("20\u00A0января 2021\u00A0г.".replace(' ', '\u00A0'));
    }

    @Test
    void quotesAreTheLanguagesAndNestedOnesAlternate() {
        assertThat(ru.quoted(List.of("Дом Дружбы", "Клуб «Юность»"))).isEqualTo("«Дом Дружбы», «Клуб „Юность“»");
        assertThat(en.quote("Дом Дружбы")).isEqualTo("“Дом Дружбы”");
    }

    @Test
    void knownAtIsToldInTheConfiguredZoneWithItsOffset() {
        Instant at = Instant.parse("2021-01-15T07:30:00Z");
        assertThat(plain(ru.knownAt(at, ZoneId.of("Asia/Yekaterinburg"))))
                .isEqualTo("Отчёт отражает сведения, известные на 15 января 2021 г., 12:30 (UTC+05:00).");
        assertThat(plain(en.knownAt(at, ZoneId.of("UTC"))))
                .isEqualTo("This report reflects what was known on January 15, 2021, 07:30 (UTC).");
    }

    private static String plain(String text) {
        return text.replace('\u00A0', ' ');
    }
}
