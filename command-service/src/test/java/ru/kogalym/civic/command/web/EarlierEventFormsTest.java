package ru.kogalym.civic.command.web;

import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;
import ru.kogalym.civic.contract.grant.GrantAppliedForEvent;
import ru.kogalym.civic.contract.grant.GrantAwardedEvent;
import ru.kogalym.civic.contract.grant.GrantLevel;
import ru.kogalym.civic.contract.support.SupportCorrectedEvent;
import ru.kogalym.civic.contract.support.SupportRecordedEvent;
import ru.kogalym.civic.eventstore.EarlierForms;
import ru.kogalym.civic.eventstore.EarlierForms.Stored;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events stored before sums were kept in kopecks (revision 1: BigDecimal roubles under {@code amount...}) are read
 * through the event store as today's events, and their records take commands as if they had been recorded today.
 */
class EarlierEventFormsTest extends ApiTestSupport {

    private static final Map<String, String> META_DATA = Map.of("issuedBy", "staff-2020", "recordedAt",
            "2020-03-01T09:00:00Z");

    @Test
    void aGrantApplicationStoredInRoublesIsReadInKopecksAndCanBeDecided() {
        String nco = registeredNco();
        String id = newId("grant");
        storeEarlier("GrantApplication", id, new Stored(GrantAppliedForEvent.class.getName(), "1", Map.of(
                "grantApplicationId", id, "ncoId", nco, "level", "OKRUG", "contest", "Конкурс Югры",
                "project", "Дом Дружбы", "amountRequested", new BigDecimal("499000.50"), "appliedOn", "2020-03-01")));

        assertThat(payloads(id)).singleElement().isEqualTo(new GrantAppliedForEvent(id, nco,
                GrantLevel.OKRUG, "Конкурс Югры", "Дом Дружбы", 49_900_050L, LocalDate.of(2020, 3, 1)));

        Http.Reply award = http.postJson("/api/grant-applications/" + id + "/award", """
                {"amountAwarded": 450000, "decidedOn": "2020-05-01"}""");
        assertThat(award.status()).as(award.toString()).isEqualTo(204);
        assertThat(payloads(id)).last().isInstanceOfSatisfying(GrantAwardedEvent.class, awarded -> {
            assertThat(awarded.amountRequestedKopecks()).isEqualTo(49_900_050L);
            assertThat(awarded.amountAwardedKopecks()).isEqualTo(45_000_000L);
        });
    }

    @Test
    void aDecisionStoredInRoublesStillDecidesTheApplication() {
        String nco = registeredNco();
        String id = newId("grant");
        storeEarlier("GrantApplication", id,
                new Stored(GrantAppliedForEvent.class.getName(), "1", Map.of("grantApplicationId", id, "ncoId", nco,
                        "level", "FEDERAL", "contest", "Фонд", "project", "Школа", "amountRequested", 500000,
                        "appliedOn", "2020-03-01")),
                new Stored(GrantAwardedEvent.class.getName(), "1", Map.of("grantApplicationId", id, "ncoId", nco,
                        "level", "FEDERAL", "contest", "Фонд", "project", "Школа", "amountRequested", 500000,
                        "amountAwarded", new BigDecimal("350000.25"), "decidedOn", "2020-06-01")));

        assertThat(payloads(id)).last().isInstanceOfSatisfying(GrantAwardedEvent.class,
                awarded -> assertThat(awarded.amountAwardedKopecks()).isEqualTo(35_000_025L));
        assertProblem(http.postJson("/api/grant-applications/" + id + "/rejection", """
                {"decidedOn": "2020-06-02"}"""), 409, "id");
    }

    @Test
    void supportStoredInRoublesIsTheSameSumInKopecks() {
        String nco = registeredNco();
        String id = newId("support");
        storeEarlier("Support", id, new Stored(SupportRecordedEvent.class.getName(), "1", Map.of("supportId", id,
                "ncoId", nco, "kind", "FINANCIAL", "providedOn", "2020-04-01", "description", "Субсидия",
                "amount", new BigDecimal("150000.5"), "providedBy", "Администрация")));
        String correction = """
                {"ncoId": "%s", "kind": "FINANCIAL", "providedOn": "2020-04-01", "description": "Субсидия",
                 "amount": %s, "providedBy": "Администрация", "reason": "Сумма"}""";

        // the stored 150000.5 roubles are the 15000050 kopecks of 150000.50: correcting to them changes nothing
        assertProblem(http.postJson("/api/support/" + id + "/correction", correction.formatted(nco, "150000.50")),
                409, "id");
        assertThat(http.postJson("/api/support/" + id + "/correction", correction.formatted(nco, "150000.51"))
                .status()).isEqualTo(204);
        assertThat(payloads(id)).last().isInstanceOfSatisfying(SupportCorrectedEvent.class,
                corrected -> assertThat(corrected.amountKopecks()).isEqualTo(15_000_051L));
    }

    private void storeEarlier(String recordType, String id, Stored... payloads) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        for (int i = 0; i < payloads.length; i++) {
            events.add(EarlierForms.event(recordType, id, i, payloads[i], META_DATA));
        }
        EarlierForms.append(MONGO.database(), events);
    }

    /** The record's events as the event store reads them today. */
    private List<Object> payloads(String id) {
        return storageEngine.readEvents(id).asStream().<Object>map(DomainEventMessage::getPayload).toList();
    }
}
