package ru.kogalym.civic.query.report;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Russian numerals agree with their nouns through ICU's plural rules. */
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
        assertThat(ru.format("figures.meetings", "n", n)).isEqualTo(expected);
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
        assertThat(ru.format("figures.sessions", "n", n)).isEqualTo(expected);
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
        assertThat(ru.format("figures.organizations", "n", n, "s", "0")).startsWith(expected + ",");
    }

    @ParameterizedTest
    @CsvSource({
            "1, НКО приняли участие в 1 заседании комиссии",
            "2, НКО приняли участие в 2 заседаниях комиссии",
            "5, НКО приняли участие в 5 заседаниях комиссии",
            "11, НКО приняли участие в 11 заседаниях комиссии",
            "21, НКО приняли участие в 21 заседании комиссии",
            "22, НКО приняли участие в 22 заседаниях комиссии"})
    void sessionsInThePrepositionalCase(int n, String expected) {
        assertThat(ru.format("commission.sessions", "year", "2020", "n", n)).startsWith(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "1, проведено 1 рабочее совещание.",
            "4, проведено 4 рабочих совещания.",
            "5, проведено 5 рабочих совещаний.",
            "21, проведено 21 рабочее совещание.",
            "0, рабочие совещания не проводились."})
    void meetingsSentence(int n, String expected) {
        assertThat(ru.format("meetings.working", "year", "2020", "n", n)).endsWith("совместно с НКО " + expected);
    }

    @ParameterizedTest
    @CsvSource({
            "1, 1 working meeting",
            "2, 2 working meetings",
            "5, 5 working meetings",
            "21, 21 working meetings"})
    void englishPlurals(int n, String expected) {
        assertThat(en.format("figures.meetings", "n", n)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "1, 1 памятка",
            "3, 3 памятки",
            "1000, 1 000 памяток",
            "1001, 1 001 памятка"})
    void largeNumbersAreGroupedAndStillAgree(int n, String expected) {
        assertThat(ru.format("figures.raids.leaflets", "l", n).replace('\u00a0', ' ')).isEqualTo(expected);
    }
}
