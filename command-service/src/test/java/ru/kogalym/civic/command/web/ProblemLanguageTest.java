package ru.kogalym.civic.command.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A problem's detail in the language of the request's {@code Accept-Language}: Russian for {@code ru}, English for
 * anything else or nothing; its status, {@code field} and {@code code} the same in every language.
 */
class ProblemLanguageTest extends ApiTestSupport {

    private static final String RAID = """
            {"heldOn": "%s", "location": "Площадь по улице Мира", "purpose": "Памятки",
             "participantNcoIds": [%s], "leafletsDistributed": 10}""";

    @BeforeEach
    void checkOnlyResponses() {
        http = http.responsesOnly();
    }

    /** The same request without the header, with {@code de} and with {@code ru}; the detail of each. */
    private void assertWorded(String path, String json, int status, String field, String code, String english,
                              String russian) {
        assertWorded(headers -> http.postJson(path, json, headers), status, field, code, english, russian);
    }

    private void assertWorded(Function<Map<String, String>, Http.Reply> request, int status, String field,
                              String code, String english, String russian) {
        for (Map<String, String> headers : List.of(Map.<String, String>of(), Map.of("Accept-Language", "de"),
                Map.of("Accept-Language", "en-US,en;q=0.9"))) {
            Http.Reply reply = request.apply(headers);
            assertProblem(reply, status, field);
            assertThat(reply.json().path("code").asText()).as(reply.toString()).isEqualTo(code);
            assertThat(reply.json().path("detail").asText()).as(reply.toString()).isEqualTo(english);
        }
        Http.Reply reply = request.apply(Map.of("Accept-Language", "ru-RU,ru;q=0.9,en;q=0.8"));
        assertProblem(reply, status, field);
        assertThat(reply.json().path("code").asText()).as(reply.toString()).isEqualTo(code);
        assertThat(reply.json().path("detail").asText()).as(reply.toString()).isEqualTo(russian);
    }

    @Test
    void aMethodTheResourceDoesNotAllow() {
        assertWorded(headers -> http.send("DELETE", "/api/meetings", null, null, headers), 405, "method",
                     "METHOD_NOT_ALLOWED", "the method DELETE is not allowed here; allowed: POST",
                     "метод DELETE здесь не принимается; принимаются: POST");
    }

    @Test
    void aBodyOfAContentTypeTheApiDoesNotTake() {
        assertWorded(headers -> http.send("POST", "/api/ncos", "{}", "text/plain", headers), 415, "Content-Type",
                     "UNSUPPORTED_MEDIA_TYPE", "the content type text/plain is not accepted; send application/json",
                     "тип содержимого text/plain не принимается; отправьте application/json");
        assertWorded(headers -> http.send("POST", "/api/ncos", "{}", null, headers), 415, "Content-Type",
                     "UNSUPPORTED_MEDIA_TYPE", "no content type was sent; send application/json",
                     "тип содержимого не указан; отправьте application/json");
    }

    @Test
    void anAnswerInATypeTheApiDoesNotGive() {
        assertWorded(headers -> {
            Map<String, String> asking = new HashMap<>(headers);
            asking.put("Accept", "text/csv");
            return http.send("POST", "/api/ncos", "{}", "application/json", asking);
        }, 406, "Accept", "NOT_ACCEPTABLE", "there is no answer in the types asked for; available: application/json",
                     "ответа в запрошенных типах нет; доступны: application/json");
    }

    @Test
    void aMissingRequiredField() {
        assertWorded("/api/ncos", """
                {"legalForm": "OTHER", "registeredOn": "2015-01-15"}""", 400, "fullName", "REQUIRED",
                "fullName: is required", "fullName: обязательное поле");
    }

    @Test
    void aDateNotInTheFormYyyyMmDd() {
        assertWorded("/api/ncos", """
                {"fullName": "Общество", "legalForm": "OTHER", "registeredOn": "15.01.2015"}""", 400, "registeredOn",
                "NOT_VALID", "registeredOn: '15.01.2015' is not a date in the form YYYY-MM-DD",
                "registeredOn: «15.01.2015» — недопустимое значение: ожидается дата в виде ГГГГ-ММ-ДД");
    }

    @Test
    void aRaidNamingAnUnknownNco() {
        assertWorded("/api/raids", RAID.formatted("2020-06-19", "\"nco-nobody-knows\""), 409,
                "participantNcoIds[0]", "UNKNOWN_NCO", "participantNcoIds[0]: unknown NCO nco-nobody-knows",
                "participantNcoIds[0]: нет НКО «nco-nobody-knows»");
    }

    @Test
    void aRaidNamingALiquidatedNco() {
        String nco = registeredNco();
        Http.Reply liquidation = http.postJson("/api/ncos/" + nco + "/liquidation", """
                {"liquidatedOn": "2019-06-30", "reason": "Решение учредителей"}""");
        assertThat(liquidation.status()).as(liquidation.toString()).isEqualTo(204);

        assertWorded("/api/raids", RAID.formatted("2020-06-19", "\"" + nco + "\""), 409, "participantNcoIds[0]",
                "NCO_LIQUIDATED", "participantNcoIds[0]: NCO " + nco + " was liquidated on 2019-06-30",
                "participantNcoIds[0]: НКО «" + nco + "» ликвидирована 2019-06-30");
    }

    @Test
    void anUnknownIdInThePath() {
        assertWorded("/api/meetings/meeting-never-held/withdrawal", """
                {"reason": "Ошибка"}""", 404, "id", "NO_RECORD", "id: no meeting meeting-never-held",
                "id: не найдено: совещание «meeting-never-held»");
    }
}
