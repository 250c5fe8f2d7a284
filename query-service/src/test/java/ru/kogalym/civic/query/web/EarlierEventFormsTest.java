package ru.kogalym.civic.query.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ru.kogalym.civic.contract.grant.GrantAppliedForEvent;
import ru.kogalym.civic.contract.grant.GrantAwardedEvent;
import ru.kogalym.civic.contract.nco.LegalForm;
import ru.kogalym.civic.contract.nco.NcoRegisteredEvent;
import ru.kogalym.civic.contract.support.SupportRecordedEvent;
import ru.kogalym.civic.contract.support.SupportRegisterEntryIncludedEvent;
import ru.kogalym.civic.eventstore.EarlierForms;
import ru.kogalym.civic.eventstore.EarlierForms.Stored;
import ru.kogalym.civic.eventstore.TestMongo;
import ru.kogalym.civic.identity.TestUsers;
import ru.kogalym.civic.query.QueryServiceApplication;
import ru.kogalym.civic.query.testing.ApiClient;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A store written before sums were kept in kopecks (support and grants as BigDecimal roubles, revision 1): the read
 * models are built from it as from today's events, the API shows the same roubles, and the audit trail reads the
 * events as today's contract defines them.
 */
@SpringBootTest(classes = QueryServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=query-service")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EarlierEventFormsTest {

    private static final TestMongo MONGO = TestMongo.start();
    private static final Map<String, String> META_DATA = Map.of("issuedBy", "staff-2020", "recordedAt",
            "2020-12-01T09:00:00Z");

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.data.mongodb.uri", MONGO::uri);
        TestUsers.seed(MONGO.database());
    }

    @LocalServerPort
    int port;

    private ApiClient api;

    @BeforeAll
    void storeTheEarlierForms() {
        api = ApiClient.on(port);
        EarlierForms.append(MONGO.database(), List.<DomainEventMessage<?>>of(
                EarlierForms.event("Nco", "n-ed", 0, new Stored(NcoRegisteredEvent.class.getName(), "1", Map.of(
                        "ncoId", "n-ed", "fullName", "Местная общественная организация «Единство»",
                        "legalForm", LegalForm.LOCAL_PUBLIC_ORGANIZATION.name(), "registeredOn", "2015-01-01")),
                        META_DATA),
                EarlierForms.event("Support", "s-1", 0, new Stored(SupportRecordedEvent.class.getName(), "1", Map.of(
                        "supportId", "s-1", "ncoId", "n-ed", "kind", "FINANCIAL", "providedOn", "2020-09-01",
                        "description", "Субсидия", "amount", new BigDecimal("150000.5"),
                        "providedBy", "Администрация города Когалыма")), META_DATA),
                EarlierForms.event("SoncoSupportRegister", "register:sonco-support", 0, new Stored(
                        SupportRegisterEntryIncludedEvent.class.getName(), "1", Map.of(
                        "registerId", "register:sonco-support", "entryNumber", 1, "supportId", "s-1",
                        "includedOn", "2020-09-10", "basis", "Постановление № 1", "decisionDate", "2020-09-01",
                        "activityKinds", List.of("культура"))), META_DATA),
                EarlierForms.event("GrantApplication", "g-1", 0, new Stored(GrantAppliedForEvent.class.getName(), "1",
                        Map.of("grantApplicationId", "g-1", "ncoId", "n-ed", "level", "OKRUG", "contest", "Конкурс",
                                "project", "Мы вместе", "amountRequested", new BigDecimal("499000.50"),
                                "appliedOn", "2020-02-01")), META_DATA),
                EarlierForms.event("GrantApplication", "g-1", 1, new Stored(GrantAwardedEvent.class.getName(), "1",
                        Map.of("grantApplicationId", "g-1", "ncoId", "n-ed", "level", "OKRUG", "contest", "Конкурс",
                                "project", "Мы вместе", "amountRequested", new BigDecimal("499000.50"),
                                "amountAwarded", 450000, "decidedOn", "2020-04-01")), META_DATA)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                api.json("/api/summaries/2020/reconciliation").path("matches").asBoolean()).isTrue());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                api.json("/api/summaries/2020").at("/grants/awarded").asInt()).isEqualTo(1));
    }

    @Test
    void theJournalShowsTheRoublesThatWereStored() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(api.get("/api/activities?kind=SUPPORT").body()).contains("\"amount\":150000.50");
            assertThat(api.get("/api/activities?kind=GRANT").body())
                    .contains("\"amountRequested\":499000.50", "\"amountAwarded\":450000.00", "\"status\":\"AWARDED\"");
        });
    }

    @Test
    void theSummaryAndTheReportAddThemUp() {
        JsonNode summary = api.json("/api/summaries/2020");
        assertThat(summary.at("/support/financialAmount").decimalValue()).isEqualByComparingTo("150000.50");
        assertThat(summary.at("/grants/awardedAmount").decimalValue()).isEqualByComparingTo("450000.00");
        assertThat(api.get("/api/summaries/2020/report?lang=ru&format=md").body())
                .contains("150\u00a0000,50\u00a0руб.", "450\u00a0000,00\u00a0руб.");
    }

    @Test
    void theSupportRegisterAndItsCsvShowRoublesWithKopecks() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                api.json("/api/support-register?year=2020").at("/items/0/amount").decimalValue())
                .isEqualByComparingTo("150000.50"));
        String csv = new String(api.getBytes("/api/support-register.csv?year=2020", null).body(),
                StandardCharsets.UTF_8);
        assertThat(csv).contains(",150000.50,");
    }

    @Test
    void theAuditTrailReadsTheStoredEventsAsTodaysContractDefinesThem() {
        JsonNode trail = api.json("/api/audit/records/g-1/events");
        assertThat(trail).hasSize(2);
        assertThat(trail.get(0).at("/payload/amountRequestedKopecks").asLong()).isEqualTo(49_900_050L);
        assertThat(trail.get(0).at("/payload/amountRequested").isMissingNode()).isTrue();
        assertThat(trail.get(1).at("/payload/amountAwardedKopecks").asLong()).isEqualTo(45_000_000L);
        assertThat(trail.get(1).path("issuedBy").asText()).isEqualTo("staff-2020");
        assertThat(LocalDate.parse(trail.get(1).at("/payload/decidedOn").asText())).isEqualTo("2020-04-01");
    }
}
