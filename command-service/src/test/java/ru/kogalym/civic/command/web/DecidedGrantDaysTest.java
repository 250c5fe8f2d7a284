package ru.kogalym.civic.command.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A decided grant application names its NCO on two days, the day it was made and the day of the decision, and keeps
 * naming it on both through its corrections: against the real lookups, the NCO can be liquidated only after the
 * later and its registration moved only up to the earlier.
 */
class DecidedGrantDaysTest extends ApiTestSupport {

    private static final String APPLIED_ON = "2021-05-01";
    private static final String BETWEEN = "2021-06-01";
    private static final String DECIDED_ON = "2021-06-12";

    @Test
    void aLiquidationBetweenApplicationAndDecisionIsRefusedAfterTheApplicationIsCorrected() {
        String nco = registeredNco();
        String grant = awardedGrant(nco);
        corrected(grant, nco, "FEDERAL");

        Http.Reply refused = http.postJson("/api/ncos/" + nco + "/liquidation", """
                {"liquidatedOn": "%s"}""".formatted(BETWEEN));
        assertProblem(refused, 409, "liquidatedOn");
        assertThat(refused.json().path("detail").asText()).as("the decision's day").contains(DECIDED_ON);
        Http.Reply later = http.postJson("/api/ncos/" + nco + "/liquidation", """
                {"liquidatedOn": "2021-06-13"}""");
        assertThat(later.status()).as(later.toString()).isEqualTo(204);
    }

    @Test
    void aRegistrationDateBetweenApplicationAndDecisionIsRefusedOnceTheGrantIsDecided() {
        String nco = registeredNco();
        awardedGrant(nco);

        Http.Reply refused = http.postJson("/api/ncos/" + nco + "/correction", registeredOn(nco, BETWEEN));
        assertProblem(refused, 409, "registeredOn");
        assertThat(refused.json().path("detail").asText()).as("the application's day").contains(APPLIED_ON);
        Http.Reply upToTheApplication = http.postJson("/api/ncos/" + nco + "/correction",
                                                      registeredOn(nco, APPLIED_ON));
        assertThat(upToTheApplication.status()).as(upToTheApplication.toString()).isEqualTo(204);
    }

    @Test
    void aDecidedApplicationIsNotCorrectedToAnNcoLiquidatedBeforeTheDecision() {
        String grant = awardedGrant(registeredNco());
        String liquidatedBetween = registeredNco();
        Http.Reply liquidation = http.postJson("/api/ncos/" + liquidatedBetween + "/liquidation", """
                {"liquidatedOn": "%s"}""".formatted(BETWEEN));
        assertThat(liquidation.status()).as(liquidation.toString()).isEqualTo(204);

        assertProblem(http.postJson("/api/grant-applications/" + grant + "/correction",
                                    correction(liquidatedBetween, "OKRUG")), 409, "ncoId");
    }

    private String awardedGrant(String nco) {
        Http.Reply applied = http.postJson("/api/grant-applications", """
                {"ncoId": "%s", "level": "OKRUG", "contest": "Конкурс", "project": "Проект",
                 "amountRequested": 500000, "appliedOn": "%s"}""".formatted(nco, APPLIED_ON));
        assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
        String grant = applied.json().get("id").asText();
        Http.Reply awarded = http.postJson("/api/grant-applications/" + grant + "/award", """
                {"amountAwarded": 400000, "decidedOn": "%s"}""".formatted(DECIDED_ON));
        assertThat(awarded.status()).as(awarded.toString()).isEqualTo(204);
        return grant;
    }

    private void corrected(String grant, String nco, String level) {
        Http.Reply corrected = http.postJson("/api/grant-applications/" + grant + "/correction",
                                             correction(nco, level));
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(204);
    }

    private static String correction(String nco, String level) {
        return """
                {"ncoId": "%s", "level": "%s", "contest": "Конкурс", "project": "Проект",
                 "amountRequested": 500000, "appliedOn": "%s", "reason": "Уровень"}""".formatted(nco, level,
                                                                                              APPLIED_ON);
    }

    private static String registeredOn(String nco, String day) {
        return """
                {"fullName": "Тестовое общество %s", "legalForm": "LOCAL_PUBLIC_ORGANIZATION", "registeredOn": "%s",
                 "reason": "Дата из свидетельства"}""".formatted(nco, day);
    }
}
