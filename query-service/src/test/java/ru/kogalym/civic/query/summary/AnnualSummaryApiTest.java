package ru.kogalym.civic.query.summary;

import ru.kogalym.civic.identity.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ru.kogalym.civic.contract.MetadataKey;
import ru.kogalym.civic.contract.meeting.MeetingKind;
import ru.kogalym.civic.contract.meeting.MeetingWithdrawnEvent;
import ru.kogalym.civic.contract.meeting.MeetingHeldEvent;
import ru.kogalym.civic.contract.nco.LegalForm;
import ru.kogalym.civic.contract.nco.NcoLiquidatedEvent;
import ru.kogalym.civic.contract.nco.NcoRegisteredEvent;
import ru.kogalym.civic.contract.priority.PriorityTask;
import ru.kogalym.civic.contract.priority.YearPrioritiesSetEvent;
import ru.kogalym.civic.contract.cityevent.CityEventKind;
import ru.kogalym.civic.contract.cityevent.EventParticipationRecordedEvent;
import ru.kogalym.civic.contract.raid.RaidRecordedEvent;
import ru.kogalym.civic.contract.support.SupportKind;
import ru.kogalym.civic.contract.support.SupportRecordedEvent;
import ru.kogalym.civic.contract.support.SupportRegisterEntryIncludedEvent;
import ru.kogalym.civic.eventstore.TestMongo;
import ru.kogalym.civic.query.QueryServiceApplication;
import ru.kogalym.civic.query.testing.ApiClient;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static ru.kogalym.civic.query.summary.SummaryEvents.d;
import static ru.kogalym.civic.query.summary.SummaryEvents.meetingCorrected;

/** The summary endpoints on a running query service, fed through the event store. */
@SpringBootTest(classes = QueryServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=query-service")
@DirtiesContext
class AnnualSummaryApiTest {

    @RegisterExtension
    static final TestMongo MONGO = TestMongo.start();

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.data.mongodb.uri", MONGO::uri);
        TestUsers.seed(MONGO.database());
    }

    @Autowired
    EventStore eventStore;

    @LocalServerPort
    int port;

    private ApiClient api;
    private final Map<String, Long> sequences = new HashMap<>();

    @BeforeEach
    void client() {
        api = ApiClient.on(port);
    }

    @Test
    void theSeedYearIsCountedAsTheReportCountsItAndReconciles() {
        Seed2020.facts().forEach(fact -> publish(fact.aggregateType(), fact.aggregateId(), fact.payload()));

        awaitSummary(2020, summary -> {
            assertThat(summary.at("/ncos/total").asInt()).isEqualTo(10);
            assertThat(summary.at("/ncos/stateRegistered").asInt()).isEqualTo(6);
            assertThat(summary.at("/ncos/notStateRegistered").asInt()).isEqualTo(4);
            assertThat(summary.at("/meetings/byKind/WORKING_MEETING").asInt()).isEqualTo(4);
            assertThat(summary.at("/meetings/byKind/SEMINAR").asInt()).isZero();
            assertThat(summary.at("/commissionSessionsWithNcos").asInt()).isEqualTo(5);
            assertThat(summary.at("/raids/count").asInt()).isEqualTo(2);
            assertThat(summary.at("/raids/leafletsDistributed").asInt()).isEqualTo(500);
            assertThat(summary.at("/eventParticipations/total").asInt()).isEqualTo(3);
            assertThat(summary.at("/nextYearPriorities").size()).isEqualTo(3);
        });
        awaitReconciled(2020);
        theSummaryCountsTheNcosItListsPageByPage();
        theReportStatesTheSeedFigures();

        // a correction moves a working meeting into 2021, a commission session is withdrawn, an NCO is liquidated
        publish("Meeting", "wm-4", meetingCorrected("wm-4", MeetingKind.WORKING_MEETING, d("2021-01-20"),
                "n-edinstvo"));
        publish("Meeting", "cs-5", new MeetingWithdrawnEvent("cs-5", "recorded twice"));
        publish("Nco", "n-slavic", new NcoLiquidatedEvent("n-slavic", d("2021-03-01"), "self-liquidation"));

        awaitSummary(2020, summary -> {
            assertThat(summary.at("/meetings/byKind/WORKING_MEETING").asInt()).isEqualTo(3);
            assertThat(summary.at("/commissionSessionsWithNcos").asInt()).isEqualTo(4);
            assertThat(summary.at("/ncos/total").asInt()).isEqualTo(10);
        });
        awaitSummary(2021, summary -> {
            assertThat(summary.at("/meetings/byKind/WORKING_MEETING").asInt()).isEqualTo(1);
            assertThat(summary.at("/ncos/total").asInt()).isEqualTo(9);
            assertThat(summary.at("/ncos/notStateRegistered").asInt()).isEqualTo(3);
            assertThat(summary.at("/priorities/0/taskId").asText()).isEqualTo("t1");
        });
        awaitReconciled(2020);
        awaitReconciled(2021);
    }

    /**
     * Earlier versions stored NUL, other control characters and unpaired surrogates; every writer still renders such
     * text. The NCO is liquidated in 1996 so that the seed year's figures stay as the report has them.
     */
    @Test
    void textStoredBeforeItWasRefusedIsStillRendered() {
        publish("Nco", "n-ctl", new NcoRegisteredEvent("n-ctl", "Обще\u0000ство «Звон\u0007»\ud800", "Зв\u001b[0m",
                "Ring\udc00", LegalForm.OTHER, "Община\u0085", null, null, "ул. Мира\u0000", "Лидер\u0001",
                d("1995-01-10"), null));
        publish("Meeting", "m-ctl", new MeetingHeldEvent("m-ctl", MeetingKind.WORKING_MEETING, "Тема\u0000\u000b",
                d("1995-03-01"), "Зал\u0002", null, List.of("n-ctl"), List.of("гость\u0000"), "итоги\u0000"));
        publish("Support", "s-ctl", new SupportRecordedEvent("s-ctl", "n-ctl", SupportKind.CONSULTATIVE,
                d("1995-05-05"), "Консультация\u0000\udfff", null, null, null, "Отдел\u0000"));
        publish("SoncoSupportRegister", "register:sonco-support", new SupportRegisterEntryIncludedEvent(
                "register:sonco-support", 1, "s-ctl", d("1995-05-10"), "Решение\u0000", d("1995-05-05"),
                List.of("культура\u0000")));
        publish("YearPlan", "1996", new YearPrioritiesSetEvent("1996",
                List.of(new PriorityTask("t1", "Задача\u0000", "Описание\u0008\ud800")), d("1995-12-01")));
        publish("Nco", "n-ctl", new NcoLiquidatedEvent("n-ctl", d("1996-12-31"), "причина\u0000"));
        awaitSummary(1995, summary -> assertThat(summary.at("/nextYearPriorities").size()).isEqualTo(1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api.json("/api/support-register?year=1995").at("/total").asInt()).isEqualTo(1));

        for (String lang : List.of("ru", "en")) {
            for (String format : List.of("md", "html", "pdf")) {
                HttpResponse<byte[]> report = api.getBytes("/api/summaries/1995/report?lang=" + lang + "&format=" + format, null);
                assertThat(report.statusCode()).as(lang + " " + format + " " + new String(report.body()))
                        .isEqualTo(200);
            }
        }
        String html = api.get("/api/summaries/1995/report?lang=ru&format=html").body();
        assertThat(html).contains("Обще\uFFFDство").doesNotContain("\u0000").doesNotContain("\u0007");
        for (String csv : List.of("/api/ncos.csv?asOf=1995-06-01", "/api/activities.csv?from=1995-01-01&to=1995-12-31",
                "/api/support-register.csv?year=1995")) {
            HttpResponse<byte[]> response = api.getBytes(csv, null);
            assertThat(response.statusCode()).as(csv).isEqualTo(200);
            assertThat(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8)).as(csv)
                    .contains("\uFFFD").doesNotContain("\u0000");
        }
    }

    private void theSummaryCountsTheNcosItListsPageByPage() {
        assertThat(api.json("/api/summaries/2020").at("/ncos").has("stateRegisteredNcos")).isFalse();

        JsonNode registered = api.json("/api/summaries/2020/ncos?stateRegistered=true");
        assertThat(registered.at("/total").asInt()).isEqualTo(6);
        assertThat(registered.at("/items/0/ncoId").asText()).isEqualTo("n-edinstvo");
        assertThat(registered.at("/items/0/shortName").asText()).isEqualTo("Единство");
        assertThat(api.json("/api/summaries/2020/ncos?stateRegistered=false").at("/total").asInt()).isEqualTo(4);

        JsonNode all = api.json("/api/summaries/2020/ncos?size=4&page=1");
        assertThat(all.at("/total").asInt()).isEqualTo(10);
        assertThat(all.at("/items").size()).isEqualTo(4);
        List<String> firstTen = api.json("/api/summaries/2020/ncos?size=10").at("/items").findValuesAsText("ncoId");
        assertThat(all.at("/items").findValuesAsText("ncoId")).isEqualTo(firstTen.subList(4, 8));
        assertThat(firstTen.subList(0, 6)).isEqualTo(registered.at("/items").findValuesAsText("ncoId"));
    }

    @Test
    void theSummarysNcoListRefusesBadParametersNamingThem() {
        for (String query : List.of("stateRegistered=maybe", "page=-1", "size=0", "size=x", "knownAt=yesterday")) {
            HttpResponse<String> response = api.malformed().get("/api/summaries/2020/ncos?" + query);

            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).get().asString()
                    .startsWith("application/problem+json");
            assertThat(ApiClient.read(response.body()).at("/field").asText()).isEqualTo(query.split("=")[0]);
        }
    }

    private void theReportStatesTheSeedFigures() {
        HttpResponse<String> ru = api.get("/api/summaries/2020/report?lang=ru&format=md");
        assertThat(ru.statusCode()).isEqualTo(200);
        assertThat(ru.headers().firstValue("Content-Type")).get().asString().startsWith("text/markdown");
        System.out.println(ru.body());
        assertThat(ru.body().replace('\u00A0', ' ')).contains("Что наиболее значительное удалось сделать в области взаимодействия "
                        + "с общественностью в 2020 году")
                .contains("действуют 6 зарегистрированных некоммерческих организаций")
                .contains("4 некоммерческие организации не зарегистрированы")
                .contains("«Славянское содружество»")
                .contains("проведено 4 рабочих совещания.")
                .contains("НКО приняли участие в 5 заседаниях комисси")
                .contains("Какие задачи стоят в 2021 году")
                .contains("Гармонизация межнациональных и межконфессиональных отношений");

        HttpResponse<String> en = api.get("/api/summaries/2020/report?lang=en&format=md");
        assertThat(en.body().replace('\u00A0', ' ')).contains("held 4 working meetings.")
                             .contains("NCOs took part in 5 commission sessions")
                             .contains("6 non-profit organisations").contains("4 NCOs are not registered")
                             .contains("Tasks for 2021");

        HttpResponse<String> html = api.get("/api/summaries/2020/report?lang=ru&format=html");
        assertThat(html.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        assertThat(html.body()).contains("<li>Местная общественная организация Азербайджанского народа «Достлуг»");

        HttpResponse<byte[]> pdf = api.getBytes("/api/summaries/2020/report?lang=en&format=pdf", null);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");

        assertThat(api.get("/api/summaries/2020/report").body()).contains("проведено 4\u00A0рабочих совещания.");
    }

    /** In 1993, so that the other years' figures stay as they are. */
    @Test
    void aFigureRestingOnIllustrativeValuesIsNamedAndTheReportLeavesItOut() {
        publish("Raid", "r-1993", new RaidRecordedEvent("r-1993", d("1993-06-19"), "Площадь по улице Мира", "Памятки",
                List.of(), List.of(), 321, 45), MetaData.with(MetadataKey.ILLUSTRATIVE.key(),
                List.of("heldOn", "leafletsDistributed")));

        awaitSummary(1993, summary -> {
            assertThat(summary.at("/raids/count").asInt()).isEqualTo(1);
            assertThat(summary.at("/illustrative").toString()).isEqualTo("[\"raids.leafletsDistributed\"]");
        });
        awaitReconciled(1993);
        String ru = api.get("/api/summaries/1993/report?lang=ru&format=md").body().replace('\u00A0', ' ');
        assertThat(ru).contains("проведено 1 рейдовое мероприятие, разъяснения получили 45 жителей.")
                      .doesNotContain("321")
                      .contains("в отчёт не включены: число розданных памяток.");
        assertThat(api.get("/api/summaries/1993/report?lang=en&format=html").body()).doesNotContain("321")
                .contains("the number of leaflets handed out");
    }

    @Test
    void howManyRaidsAndCityEventsIsNotStatedWhenTheRecordsThemselvesAreIllustrative() {
        MetaData split = MetaData.with(MetadataKey.ILLUSTRATIVE.key(), List.of("raidId", "heldOn"));
        publish("Raid", "r-1994a", new RaidRecordedEvent("r-1994a", d("1994-06-19"), "Площадь по улице Мира",
                "Памятки", List.of(), List.of(), 10, null), split);
        publish("Raid", "r-1994b", new RaidRecordedEvent("r-1994b", d("1994-07-19"), "Площадь по улице Мира",
                "Памятки", List.of(), List.of(), 10, null), split);
        publish("EventParticipation", "e-1994", new EventParticipationRecordedEvent("e-1994",
                CityEventKind.CLEAN_UP_DAY, "Субботник", d("1994-05-01"), List.of(), null),
                MetaData.with(MetadataKey.ILLUSTRATIVE.key(), List.of("participationId")));

        awaitSummary(1994, summary -> {
            assertThat(summary.at("/raids/count").asInt()).isEqualTo(2);
            assertThat(summary.at("/illustrative").toString())
                    .isEqualTo("[\"raids.count\",\"eventParticipations.total\"]");
        });
        String ru = api.get("/api/summaries/1994/report?lang=ru&format=md").body().replace('\u00A0', ' ');
        assertThat(ru).contains("Лидерами национально-культурных организаций проводились рейдовые мероприятия, "
                                + "роздано 20 памяток.")
                      .contains("принимали участие в общегородских мероприятиях: субботники.")
                      .doesNotContain("2 рейдовых").doesNotContain("субботники — 1")
                      .contains("в отчёт не включены: число рейдовых мероприятий, число общегородских мероприятий.");
        String en = api.get("/api/summaries/1994/report?lang=en&format=md").body().replace('\u00A0', ' ');
        assertThat(en).contains("held awareness raids; 20 leaflets were handed out.")
                      .contains("took part in city events: clean-up days.");
    }

    @Test
    void reportParametersAreChecked() {
        for (String query : List.of("lang=fr&format=md", "lang=ru&format=docx", "lang=&format=md")) {
            HttpResponse<String> response = api.malformed().get("/api/summaries/2020/report?" + query);

            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).get().asString()
                    .startsWith("application/problem+json");
            assertThat(ApiClient.read(response.body()).at("/field").asText()).isEqualTo(query.startsWith("lang=ru") ? "format" : "lang");
        }
        HttpResponse<String> badYear = api.malformed().get("/api/summaries/1900/report?lang=en&format=pdf");
        assertThat(badYear.statusCode()).isEqualTo(400);
        assertThat(ApiClient.read(badYear.body()).at("/field").asText()).isEqualTo("year");
    }

    @Test
    void anAnswerTheClientDoesNotAcceptIsA406Problem() {
        HttpResponse<byte[]> response = api.malformed().getBytes("/api/summaries/2020", "text/csv");

        assertThat(response.statusCode()).isEqualTo(406);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
    }

    @Test
    void anEmptyYearIsZerosNotNotFound() {
        HttpResponse<String> response = api.get("/api/summaries/1995");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode summary = ApiClient.read(response.body());
        assertThat(summary.at("/year").asInt()).isEqualTo(1995);
        assertThat(summary.at("/ncos/total").asInt()).isZero();
        assertThat(summary.at("/meetings/byKind").size()).isEqualTo(MeetingKind.values().length);
        assertThat(summary.at("/grants/awardedAmount").decimalValue()).isZero();
    }

    @Test
    void yearsOutsideTheRangeOrNotNumbersAreBadRequests() {
        int tooLate = LocalDate.now().getYear() + 2;
        for (String year : List.of("1989", String.valueOf(tooLate), "abc", "20x0", "02020")) {
            for (String suffix : List.of("", "/reconciliation", "/ncos")) {
                HttpResponse<String> response = api.malformed().get("/api/summaries/" + year + suffix);

                assertThat(response.statusCode()).as(year + suffix).isEqualTo(400);
                assertThat(response.headers().firstValue("Content-Type")).get().asString()
                        .startsWith("application/problem+json");
                assertThat(ApiClient.read(response.body()).at("/field").asText()).isEqualTo("year");
            }
        }
        assertThat(api.get("/api/summaries/" + (tooLate - 1)).statusCode()).isEqualTo(200);
        assertThat(api.get("/api/summaries/1990").statusCode()).isEqualTo(200);
    }

    private void publish(String aggregateType, String aggregateId, Object payload) {
        publish(aggregateType, aggregateId, payload, MetaData.emptyInstance());
    }

    private void publish(String aggregateType, String aggregateId, Object payload, MetaData extra) {
        long sequence = sequences.merge(aggregateId, 0L, (old, zero) -> old + 1);
        eventStore.publish(new GenericDomainEventMessage<>(aggregateType, aggregateId, sequence, payload,
                MetaData.with("recordedAt", java.time.Instant.now().toString()).and("issuedBy", "test-clerk")
                        .mergedWith(extra)));
    }

    private void awaitSummary(int year, Consumer<JsonNode> expectations) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            HttpResponse<String> response = api.get("/api/summaries/" + year);
            assertThat(response.statusCode()).isEqualTo(200);
            expectations.accept(ApiClient.read(response.body()));
        });
    }

    private void awaitReconciled(int year) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            HttpResponse<String> response = api.get("/api/summaries/" + year + "/reconciliation");
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode result = ApiClient.read(response.body());
            assertThat(result.at("/differences")).as(response.body()).isEmpty();
            assertThat(result.at("/matches").asBoolean()).isTrue();
            assertThat(result.at("/year").asInt()).isEqualTo(year);
        });
    }
}
