package ru.kogalym.civic.query.web;

import ru.kogalym.civic.identity.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ru.kogalym.civic.contract.cityevent.CityEventKind;
import ru.kogalym.civic.contract.cityevent.EventParticipationRecordedEvent;
import ru.kogalym.civic.contract.council.BodyEstablishedEvent;
import ru.kogalym.civic.contract.council.BodyKind;
import ru.kogalym.civic.contract.council.BodyMemberAddedEvent;
import ru.kogalym.civic.contract.council.BodyMemberRemovedEvent;
import ru.kogalym.civic.contract.grant.GrantAppliedForEvent;
import ru.kogalym.civic.contract.grant.GrantAwardedEvent;
import ru.kogalym.civic.contract.grant.GrantLevel;
import ru.kogalym.civic.contract.meeting.MeetingCorrectedEvent;
import ru.kogalym.civic.contract.meeting.MeetingHeldEvent;
import ru.kogalym.civic.contract.meeting.MeetingKind;
import ru.kogalym.civic.contract.nco.LegalForm;
import ru.kogalym.civic.contract.nco.NcoLiquidatedEvent;
import ru.kogalym.civic.contract.nco.NcoRecognizedAsSoncoEvent;
import ru.kogalym.civic.contract.nco.NcoRegisteredEvent;
import ru.kogalym.civic.contract.nco.NcoRenamedEvent;
import ru.kogalym.civic.contract.nco.NcoStateRegistrationRecordedEvent;
import ru.kogalym.civic.contract.nco.StateRegistration;
import ru.kogalym.civic.contract.raid.RaidRecordedEvent;
import ru.kogalym.civic.contract.raid.RaidWithdrawnEvent;
import ru.kogalym.civic.contract.support.SupportKind;
import ru.kogalym.civic.contract.support.SupportRecordedEvent;
import ru.kogalym.civic.contract.support.SupportRegisterEntryIncludedEvent;
import ru.kogalym.civic.eventstore.TestMongo;
import ru.kogalym.civic.query.QueryServiceApplication;
import ru.kogalym.civic.query.testing.ApiClient;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The query API on a running query service, its read models fed through the Axon event store. */
@SpringBootTest(classes = QueryServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=query-service")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext
class QueryApiTest {

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
    private static final String REGISTER = "register:sonco-support";
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Long> sequences = new HashMap<>();

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    private static NcoRegisteredEvent nco(String id, String fullName, String shortName, String translation, LegalForm form,
                                          String community, String registeredOn, String stateOn) {
        return new NcoRegisteredEvent(id, fullName, shortName, translation, form, community, null, null,
                                      "г. Когалым, ул. Мира, 1", null, d(registeredOn),
                                      stateOn == null ? null : new StateRegistration(d(stateOn), null));
    }

    @BeforeAll
    void publishTheCity() {
        api = ApiClient.on(port);
        publish("Nco", "n-ed", nco("n-ed", "Местная общественная организация дагестанцев «Единство»", "Единство", null,
                                   LegalForm.LOCAL_PUBLIC_ORGANIZATION, "Дагестанская", "2015-01-01", "2015-01-01"));
        publish("Nco", "n-ed", new NcoRecognizedAsSoncoEvent("n-ed", d("2019-01-01")));
        publish("Nco", "n-yo", nco("n-yo", "Ёлочка", null, null, LegalForm.AUTONOMOUS_NONPROFIT_ORGANIZATION,
                                   "Славянская", "2019-01-01", null));
        publish("Nco", "n-ezh", nco("n-ezh", "Ежевика", null, null, LegalForm.LOCAL_PUBLIC_ORGANIZATION, "Таджикская",
                                    "2020-06-01", null));
        publish("Nco", "n-ezh", new NcoStateRegistrationRecordedEvent("n-ezh", d("2020-07-01"), "77"));
        publish("Nco", "n-kz", nco("n-kz", "Общественная организация «Кызыл Ту»", "Кызыл Ту", "Красное Знамя",
                                   LegalForm.CITY_PUBLIC_ORGANIZATION, "Казахская", "2016-01-01", "2016-01-01"));
        publish("Nco", "n-kz", new NcoRenamedEvent("n-kz", "Ассоциация казахов «Кызыл Ту»", "Кызыл Ту", "Красное Знамя",
                                                   d("2021-02-01")));
        // as the command side snapshots a long-lived NCO; the audit trail must still start at the first event
        eventStore.storeSnapshot(new GenericDomainEventMessage<>("Nco", "n-kz", 1, new NcoSnapshot("n-kz", "Кызыл Ту")));
        publish("Nco", "n-liq", nco("n-liq", "Жасмин", null, null, LegalForm.OTHER, "Татарская", "2016-01-01", null));
        publish("Nco", "n-liq", new NcoLiquidatedEvent("n-liq", d("2020-12-01"), "решение учредителей"), "inspector");

        publish("Meeting", "m1", new MeetingHeldEvent("m1", MeetingKind.WORKING_MEETING, "О межнациональном согласии",
                                                      d("2020-03-10"), "Дом Дружбы", null, List.of("n-ed", "n-kz"),
                                                      List.of("полиция"), null));
        publish("Meeting", "m1", new MeetingCorrectedEvent("m1", MeetingKind.WORKING_MEETING, "О межнациональном согласии",
                                                           d("2020-03-10"), "Дом Дружбы", null,
                                                           List.of("n-ed", "n-kz", "n-yo"), List.of("полиция"), null,
                                                           "забыли НКО"));
        publish("Meeting", "m2", new MeetingHeldEvent("m2", MeetingKind.COMMISSION_SESSION, "Профилактика экстремизма",
                                                      d("2020-04-01"), null, "c1", List.of("n-ed"), List.of(), null));
        publish("Raid", "r1", new RaidRecordedEvent("r1", d("2020-05-01"), "площадь на ул. Мира", "масочный режим",
                                                    List.of("n-ed"), List.of(), 100, null));
        publish("Raid", "r1", new RaidWithdrawnEvent("r1", "дубль"));
        publish("EventParticipation", "e1", new EventParticipationRecordedEvent("e1", CityEventKind.CLEAN_UP_DAY,
                                                                                "Субботник", d("2020-05-20"),
                                                                                List.of("n-yo", "n-ed"), 15));
        publish("Support", "s1", new SupportRecordedEvent("s1", "n-ed", SupportKind.FINANCIAL, d("2020-09-01"),
                                                          "Субсидия", 10_000_000L, d("2020-09-01"),
                                                          d("2020-12-31"), "Администрация города Когалыма"));
        publish("SoncoSupportRegister", REGISTER, new SupportRegisterEntryIncludedEvent(REGISTER, 1, "s1",
                d("2020-10-15"), "Постановление Администрации города Когалыма от 25.08.2020 № 1500", d("2020-08-25"),
                List.of("сохранение национальной культуры", "межнациональное согласие")));
        publish("GrantApplication", "g1", new GrantAppliedForEvent("g1", "n-ed", GrantLevel.OKRUG, "Конкурс Югры",
                                                                   "Мы вместе", 30_000_000L, d("2020-02-01")));
        publish("GrantApplication", "g1", new GrantAwardedEvent("g1", "n-ed", GrantLevel.OKRUG, "Конкурс Югры", "Мы вместе",
                                                                30_000_000L, 25_000_000L,
                                                                d("2020-04-01")));

        publish("Body", "c1", new BodyEstablishedEvent("c1", BodyKind.COMMISSION,
                                                       "Комиссия по противодействию экстремистской деятельности", null,
                                                       d("2015-01-01")));
        publish("Body", "c1", new BodyMemberAddedEvent("c1", BodyKind.COMMISSION, "mb1", "n-ed", null, "член", d("2019-01-10")));
        publish("Body", "c1", new BodyMemberAddedEvent("c1", BodyKind.COMMISSION, "mb2", "n-kz", null, "член", d("2020-01-01")));
        publish("Body", "c1", new BodyMemberRemovedEvent("c1", BodyKind.COMMISSION, "mb2", "n-kz", null, d("2020-06-30"), "выход"));

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            assertThat(api.json("/api/ncos?includeLiquidated=true").at("/total").asInt()).isEqualTo(5);
            assertThat(api.json("/api/ncos/n-kz").at("/nco/fullName").asText()).isEqualTo("Ассоциация казахов «Кызыл Ту»");
            assertThat(api.json("/api/activities?includeWithdrawn=true").at("/total").asInt()).isEqualTo(6);
            assertThat(api.json("/api/activities?kind=GRANT").at("/items/0/status").asText()).isEqualTo("AWARDED");
            assertThat(api.json("/api/activities?kind=RAID").at("/total").asInt()).isZero();
            assertThat(api.json("/api/activities?kind=MEETING").at("/items/1/corrections").asInt()).isEqualTo(1);
            assertThat(api.json("/api/bodies/c1?asOf=2020-07-01").at("/members").size()).isEqualTo(1);
            assertThat(api.json("/api/support-register").at("/total").asInt()).isEqualTo(1);
        });
    }

    @Test
    void theRegistryTodayInRussianOrderWithoutLiquidated() {
        JsonNode page = api.json("/api/ncos");
        assertThat(names(page)).containsExactly("Ассоциация казахов «Кызыл Ту»", "Ежевика", "Ёлочка",
                                                "Местная общественная организация дагестанцев «Единство»");
        assertThat(page.at("/page").asInt()).isZero();
        assertThat(page.at("/size").asInt()).isEqualTo(50);
        assertThat(page.at("/total").asInt()).isEqualTo(4);
        assertThat(names(api.json("/api/ncos?includeLiquidated=true"))).contains("Жасмин");
        JsonNode second = api.json("/api/ncos?page=1&size=2");
        assertThat(names(second)).containsExactly("Ёлочка", "Местная общественная организация дагестанцев «Единство»");
        assertThat(second.at("/total").asInt()).isEqualTo(4);
    }

    @Test
    void theRegistryAsItStoodOnADate() {
        assertThat(names(api.json("/api/ncos?asOf=2020-01-01")))
                .containsExactly("Ёлочка", "Жасмин", "Местная общественная организация дагестанцев «Единство»",
                                 "Общественная организация «Кызыл Ту»");
        assertThat(ids(api.json("/api/ncos?asOf=2020-01-01&stateRegistered=true"))).containsExactly("n-ed", "n-kz");
        assertThat(ids(api.json("/api/ncos?asOf=2020-06-30&stateRegistered=false"))).containsExactly("n-ezh", "n-yo", "n-liq");
        assertThat(ids(api.json("/api/ncos?asOf=2020-07-01&stateRegistered=true"))).containsExactly("n-ezh", "n-ed", "n-kz");
        assertThat(ids(api.json("/api/ncos?asOf=2018-12-31&sonco=true"))).isEmpty();
        assertThat(ids(api.json("/api/ncos?asOf=2019-01-01&sonco=true"))).containsExactly("n-ed");
        assertThat(ids(api.json("/api/ncos?asOf=2020-12-01"))).doesNotContain("n-liq");
    }

    @Test
    void theRegistryFilters() {
        assertThat(ids(api.json("/api/ncos?q=" + encode("знамя")))).containsExactly("n-kz");
        assertThat(ids(api.json("/api/ncos?q=" + encode("ЕДИНСТВО")))).containsExactly("n-ed");
        assertThat(ids(api.json("/api/ncos?community=" + encode("славянская")))).containsExactly("n-yo");
        assertThat(ids(api.json("/api/ncos?legalForm=CITY_PUBLIC_ORGANIZATION"))).containsExactly("n-kz");
        assertThat(ids(api.json("/api/ncos?sonco=true"))).containsExactly("n-ed");
        assertThat(ids(api.json("/api/ncos?stateRegistered=false"))).containsExactly("n-yo");
    }

    @Test
    void anNcoWithItsHistoryAndActivityCounts() {
        JsonNode liquidated = api.json("/api/ncos/n-liq");
        JsonNode last = liquidated.at("/history/1");
        assertThat(last.at("/type").asText()).isEqualTo("LIQUIDATED");
        assertThat(last.at("/date").asText()).isEqualTo("2020-12-01");
        assertThat(last.at("/reason").asText()).isEqualTo("решение учредителей");
        assertThat(last.at("/issuedBy").asText()).isEqualTo("inspector");
        assertThat(last.at("/recordedAt").asText()).isNotBlank();

        JsonNode counts = api.json("/api/ncos/n-ed").at("/activityCounts");
        assertThat(counts.at("/meetings").asInt()).isEqualTo(1);
        assertThat(counts.at("/commissionSessions").asInt()).isEqualTo(1);
        assertThat(counts.at("/raids").asInt()).isZero();
        assertThat(counts.at("/events").asInt()).isEqualTo(1);
        assertThat(counts.at("/support").asInt()).isEqualTo(1);
        assertThat(counts.at("/grants").asInt()).isEqualTo(1);
        assertThat(api.json("/api/ncos/n-yo").at("/activityCounts/meetings").asInt()).isEqualTo(1);

        HttpResponse<String> missing = api.get("/api/ncos/nobody");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(ApiClient.read(missing.body()).at("/field").asText()).isEqualTo("id");
    }

    @Test
    void theJournal() {
        JsonNode all = api.json("/api/activities");
        assertThat(ids(all)).containsExactly("s1", "e1", "m2", "m1", "g1");
        JsonNode withWithdrawn = api.json("/api/activities?includeWithdrawn=true&kind=RAID");
        assertThat(withWithdrawn.at("/items/0/withdrawn").asBoolean()).isTrue();
        assertThat(withWithdrawn.at("/items/0/withdrawnReason").asText()).isEqualTo("дубль");
        JsonNode meeting = api.json("/api/activities?kind=MEETING&from=2020-03-10&to=2020-03-10");
        assertThat(ids(meeting)).containsExactly("m1");
        assertThat(meeting.at("/items/0/ncoIds").size()).isEqualTo(3);
        assertThat(meeting.at("/items/0/lastCorrectionReason").asText()).isEqualTo("забыли НКО");
        assertThat(meeting.at("/items/0/ncoNames/1").asText()).isEqualTo("Кызыл Ту");
        JsonNode fourthOfOne = api.json("/api/activities?size=1&page=3");
        assertThat(ids(fourthOfOne)).as("the NCOs' names are read for the page's records").containsExactly("m1");
        assertThat(fourthOfOne.at("/items/0/ncoNames/1").asText()).isEqualTo("Кызыл Ту");
        assertThat(fourthOfOne.at("/total").asInt()).isEqualTo(5);
        assertThat(ids(api.json("/api/activities?ncoId=n-yo"))).containsExactly("e1", "m1");
        // kept in kopecks, shown as roubles with kopecks
        assertThat(api.get("/api/activities?kind=SUPPORT").body()).contains("\"amount\":100000.00");
        assertThat(api.get("/api/activities?kind=GRANT").body()).contains("\"amountRequested\":300000.00",
                "\"amountAwarded\":250000.00");
    }

    @Test
    void councilsAndCommissionsWithMembersAsOfADate() {
        JsonNode commissions = api.json("/api/bodies?kind=COMMISSION&asOf=2020-03-01");
        assertThat(commissions.at("/total").asInt()).isEqualTo(1);
        JsonNode members = commissions.at("/items/0/members");
        assertThat(members.size()).isEqualTo(2);
        assertThat(members.get(0).at("/name").asText()).isEqualTo("Местная общественная организация дагестанцев «Единство»");
        assertThat(members.get(1).at("/name").asText()).isEqualTo("Общественная организация «Кызыл Ту»");
        assertThat(api.json("/api/bodies?kind=COUNCIL").at("/total").asInt()).isZero();
        JsonNode now = api.json("/api/bodies/c1");
        assertThat(now.at("/dissolved").asBoolean()).isFalse();
        assertThat(now.at("/members").size()).isEqualTo(1);
        HttpResponse<String> missing = api.get("/api/bodies/none");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(ApiClient.read(missing.body()).at("/field").asText()).isEqualTo("id");
    }

    @Test
    void registryCsvHasABomAndKeepsCyrillic() throws Exception {
        HttpResponse<byte[]> response = api.getBytes("/api/ncos.csv?asOf=2020-01-01", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString()
                .isEqualToIgnoringCase("text/csv;charset=UTF-8");
        List<CSVRecord> records = parseCsv(response.body());
        assertThat(records).extracting(r -> r.get("fullName"))
                           .containsExactly("Ёлочка", "Жасмин", "Местная общественная организация дагестанцев «Единство»",
                                            "Общественная организация «Кызыл Ту»");
        assertThat(records.get(3).get("nameTranslation")).isEqualTo("Красное Знамя");
        assertThat(parseCsv(api.getBytes("/api/ncos?asOf=2020-01-01", "text/csv").body())).hasSize(4);
        assertThat(api.getBytes("/api/ncos", "text/csv, application/json").headers().firstValue("Content-Type"))
                .get().asString().startsWith("text/csv");
        assertThat(api.getBytes("/api/ncos", "application/json, text/csv;q=0.5").headers().firstValue("Content-Type"))
                .get().asString().startsWith("application/json");
    }

    @Test
    void journalCsv() throws Exception {
        List<CSVRecord> records = parseCsv(api.getBytes("/api/activities.csv?includeWithdrawn=true", null).body());
        assertThat(records).extracting(r -> r.get("id")).containsExactly("s1", "e1", "r1", "m2", "m1", "g1");
        assertThat(records.get(2).get("withdrawn")).isEqualTo("true");
        assertThat(records.get(1).get("title")).isEqualTo("Субботник");
        assertThat(records.get(1).get("ncoNames")).isEqualTo("Ёлочка; Единство");
        assertThat(records.get(0).get("details")).contains("amount=100000.00");
        assertThat(records.get(5).get("details")).contains("amountRequested=300000.00", "amountAwarded=250000.00");
        assertThat(parseCsv(api.getBytes("/api/activities?kind=RAID&includeWithdrawn=true", "text/csv").body())).hasSize(1);
    }

    @Test
    void supportRegisterInTheLayoutOfOrder223AsJsonCsvAndSpreadsheet() throws Exception {
        JsonNode register = api.as(null).json("/api/support-register?year=2020");
        assertThat(register.at("/total").asInt()).isEqualTo(1);
        JsonNode entry = register.at("/items/0");
        assertThat(entry.at("/entryNumber").asInt()).isEqualTo(1);
        assertThat(entry.at("/includedOn").asText()).isEqualTo("2020-10-15");
        assertThat(entry.at("/basis").asText()).startsWith("Постановление Администрации");
        assertThat(entry.at("/includedLate").asBoolean()).as("51 days after the decision").isTrue();
        assertThat(entry.at("/ncoName").asText()).isEqualTo("Местная общественная организация дагестанцев «Единство»");
        assertThat(entry.at("/activityKinds/1").asText()).isEqualTo("межнациональное согласие");
        assertThat(entry.at("/formLabel").asText()).isEqualTo("финансовая");
        assertThat(entry.at("/providedBy").asText()).isEqualTo("Администрация города Когалыма");
        assertThat(entry.at("/violations").size()).isZero();
        assertThat(api.json("/api/support-register?year=2019").at("/total").asInt()).isZero();
        assertThat(api.as(null).json("/api/support-register/entries/1").at("/supportId").asText()).isEqualTo("s1");
        HttpResponse<String> missing = api.as(null).get("/api/support-register/entries/7");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(ApiClient.read(missing.body()).at("/field").asText()).isEqualTo("entryNumber");

        for (HttpResponse<byte[]> csv : List.of(api.as(null).getBytes("/api/support-register.csv?year=2020", null),
                                                api.getBytes("/api/support-register?year=2020", "text/csv"))) {
            assertThat(csv.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
            List<CSVRecord> rows = parseCsv(csv.body());
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).get("Номер реестровой записи")).isEqualTo("1");
            assertThat(rows.get(0).get("Наименование постоянно действующего органа некоммерческой организации"))
                    .isEqualTo("Местная общественная организация дагестанцев «Единство»");
            assertThat(rows.get(0).get("Размер поддержки, руб.")).isEqualTo("100000.00");
            assertThat(rows.get(0).get("Включено позднее 30 дней после решения")).isEqualTo("true");
        }

        HttpResponse<byte[]> xlsx = api.as(null).getBytes("/api/support-register.xlsx", null);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Номер реестровой записи");
            assertThat(sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(cellUnder(sheet, "Форма поддержки").getStringCellValue()).isEqualTo("финансовая");
            assertThat(cellUnder(sheet, "Размер поддержки, руб.").getNumericCellValue()).isEqualTo(100000.0);
            assertThat(cellUnder(sheet, "Включено позднее 30 дней после решения").getStringCellValue()).isEqualTo("да");
            assertThat(cellUnder(sheet, "Дата включения сведений в реестр").getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(d("2020-10-15"));
        }
    }

    @Test
    void csvForARussianLocaleSpreadsheetBySemicolonAndDecimalComma() throws Exception {
        String csv = new String(api.getBytes("/api/support-register.csv?delimiter=semicolon&decimal=comma", null)
                                   .body(), StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("\uFEFFНомер реестровой записи;Дата включения");
        assertThat(csv).contains(";100000,00;");
        assertThat(new String(api.getBytes("/api/support-register.csv?decimal=comma", null).body(),
                              StandardCharsets.UTF_8)).contains(",\"100000,00\",");
        String ncos = new String(api.getBytes("/api/ncos.csv?delimiter=semicolon", null).body(), StandardCharsets.UTF_8);
        assertThat(ncos.lines().findFirst().orElseThrow()).startsWith("\uFEFFid;fullName;shortName;");
        String activities = new String(api.getBytes("/api/activities?delimiter=semicolon", "text/csv").body(),
                                       StandardCharsets.UTF_8);
        assertThat(activities.lines().findFirst().orElseThrow()).startsWith("\uFEFFid;kind;date;");
        assertThat(new String(api.getBytes("/api/ncos.csv", null).body(), StandardCharsets.UTF_8).lines().findFirst()
                              .orElseThrow()).as("the default stays RFC 4180's comma").startsWith("\uFEFFid,fullName,");
    }

    /**
     * The registry's and the journal's CSV are for programs by default (field names, codes, true/false); with
     * {@code labels=russian}, as the dashboard offers them for a Russian spreadsheet, they carry the XLSX's Russian
     * headers and labels from the same bundle.
     */
    @Test
    void registryAndJournalCsvForPeopleHaveTheSpreadsheetsRussianHeadersAndLabels() throws Exception {
        String forPeople = "delimiter=semicolon&decimal=comma&labels=russian";
        List<CSVRecord> ncos = parseCsv(api.getBytes("/api/ncos.csv?asOf=2020-01-01&" + forPeople, null).body(), ';');
        assertThat(ncos).extracting(r -> r.get("Полное наименование"))
                        .containsExactly("Ёлочка", "Жасмин", "Местная общественная организация дагестанцев «Единство»",
                                         "Общественная организация «Кызыл Ту»");
        CSVRecord edinstvo = ncos.get(2);
        assertThat(edinstvo.get("Организационно-правовая форма")).isEqualTo("местная общественная организация");
        assertThat(edinstvo.get("Национальное сообщество")).isEqualTo("Дагестанская");
        assertThat(edinstvo.get("Зарегистрирована в реестре Минюста России")).isEqualTo("да");
        assertThat(edinstvo.get("Социально ориентированная НКО")).isEqualTo("да");
        assertThat(edinstvo.get("Ликвидирована")).isEqualTo("нет");
        assertThat(ncos.get(0).get("Организационно-правовая форма")).isEqualTo("автономная некоммерческая организация");

        List<CSVRecord> journal = parseCsv(api.getBytes("/api/activities?includeWithdrawn=true&" + forPeople,
                                                        "text/csv").body(), ';');
        assertThat(journal).extracting(r -> r.get("Идентификатор")).containsExactly("s1", "e1", "r1", "m2", "m1", "g1");
        assertThat(journal.get(0).get("Вид записи")).isEqualTo("поддержка НКО");
        assertThat(journal.get(0).get("Подробности")).contains("форма поддержки: финансовая", "сумма, руб.: 100000,00");
        assertThat(journal.get(2).get("Отозвана")).isEqualTo("да");
        assertThat(journal.get(3).get("Подробности")).contains("вид встречи: заседание комиссии");

        assertThat(new String(api.getBytes("/api/ncos.csv?labels=codes", null).body(), StandardCharsets.UTF_8)
                           .lines().findFirst().orElseThrow()).startsWith("\uFEFFid,fullName,");
        assertThat(parseCsv(api.getBytes("/api/activities.csv?includeWithdrawn=true", null).body()).get(0).get("kind"))
                .as("the default stays the codes programs read").isEqualTo("SUPPORT");
    }

    /**
     * Each open-data set is a package as the methodological recommendations 3.0 lay it out: a passport with the
     * required properties, whose data and structure file names are the package's files, a structure that lists the
     * data file's columns in order, and a data file with one row per record.
     */
    @Test
    void openDataPackagesHaveThePassportTheFilesItNamesAndTheStructureOfTheData() throws Exception {
        JsonNode catalogue = api.as(null).json("/api/open-data/");
        assertThat(catalogue.findValuesAsText("identifier")).contains("0000000000-ncos",
                "0000000000-support-register", "0000000000-activities-2020");
        Map<String, Integer> records = Map.of("ncos", 5, "support-register", 1, "activities-2020", 5);
        for (Map.Entry<String, Integer> set : records.entrySet()) {
            ApiClient client = set.getKey().startsWith("activities") ? api : api.as(null);
            String base = "/api/open-data/0000000000-" + set.getKey() + "/";
            JsonNode listing = client.json(base);
            Map<String, String> passport = new java.util.LinkedHashMap<>();
            for (CSVRecord row : parseCsv(client.getBytes(base + "meta.csv", null).body())) {
                passport.put(row.get("property"), row.get("value"));
            }
            assertThat(passport).as(set.getKey()).containsKeys("standardversion", "identifier", "title", "description",
                    "creator", "created", "modified", "subject", "format", "publishername", "publisherphone",
                    "publishermbox");
            assertThat(passport.get("standardversion")).isEqualTo("http://opendata.gosmonitor.ru/standard/3.0");
            assertThat(passport.get("identifier")).isEqualTo("0000000000-" + set.getKey());
            assertThat(passport.get("creator")).isEqualTo("Администрация города Когалыма");
            assertThat(passport.get("format")).isEqualTo("csv");
            assertThat(passport.get("title")).isNotBlank().isEqualTo(listing.at("/title").asText());
            assertThat(passport.get("modified")).matches("\\d{8}");

            String dataFile = passport.keySet().stream().filter(k -> k.startsWith("data-")).findFirst().orElseThrow()
                    + ".csv";
            String structureFile = passport.keySet().stream().filter(k -> k.startsWith("structure-")).findFirst()
                    .orElseThrow() + ".csv";
            assertThat(dataFile).matches("data-\\d{8}-structure-\\d{8}\\.csv")
                    .startsWith("data-" + passport.get("modified")).endsWith(structureFile.substring("structure".length()));
            assertThat(passport.get(dataFile.replace(".csv", ""))).endsWith(base + dataFile);
            assertThat(passport.get(structureFile.replace(".csv", ""))).endsWith(base + structureFile);
            assertThat(listing.at("/files").toString()).isEqualTo(json.writeValueAsString(
                    List.of("meta.csv", dataFile, structureFile)));

            List<CSVRecord> structure = parseCsv(client.getBytes(base + structureFile, null).body());
            assertThat(structure.get(0).toMap().keySet()).containsExactly("field name", "english description",
                    "russian description", "format");
            byte[] data = client.getBytes(base + dataFile, null).body();
            List<String> header = CSVFormat.DEFAULT.parse(new StringReader(
                    new String(data, 3, data.length - 3, StandardCharsets.UTF_8))).iterator().next().toList();
            assertThat(header).as(set.getKey() + ": the structure lists the data's columns")
                    .isEqualTo(structure.stream().map(r -> r.get("field name")).toList());
            assertThat(structure).allSatisfy(r -> assertThat(r.get("format"))
                    .isIn("string", "integer", "decimal", "date", "boolean"));
            assertThat(parseCsv(data)).as(set.getKey()).hasSize(set.getValue());

            HttpResponse<String> wrongDate = client.get(base + "data-19990101-" + structureFile);
            assertThat(wrongDate.statusCode()).isEqualTo(404);
            assertThat(ApiClient.read(wrongDate.body()).at("/field").asText()).isEqualTo("file");
        }
        assertThat(api.as(null).json("/api/open-data/support-register/").at("/files/0").asText()).isEqualTo("meta.csv");
        HttpResponse<String> unknown = api.get("/api/open-data/budget/");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(ApiClient.read(unknown.body()).at("/field").asText()).isEqualTo("dataset");
    }

    @Test
    void theRegistryAndTheJournalAsSpreadsheetsWithRussianHeadersAndLabels() throws Exception {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(
                api.getBytes("/api/ncos.xlsx?asOf=2020-01-01", null).body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Полное наименование");
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
            assertThat(cellUnder(sheet, "Полное наименование").getStringCellValue()).isEqualTo("Ёлочка");
            assertThat(cellUnder(sheet, "Организационно-правовая форма").getStringCellValue())
                    .isEqualTo("автономная некоммерческая организация");
            assertThat(cellUnder(sheet, "Зарегистрирована в реестре Минюста России").getStringCellValue())
                    .isEqualTo("нет");
        }
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(
                api.getBytes("/api/activities.xlsx?year=2020", null).body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).as("five records, the withdrawn raid left out").isEqualTo(5);
            assertThat(cellUnder(sheet, "Вид записи").getStringCellValue()).isEqualTo("заявка на грант");
            assertThat(cellUnder(sheet, "Вид мероприятия или поддержки").getStringCellValue()).isEqualTo("окружной");
            assertThat(cellUnder(sheet, "Сумма, руб.").getNumericCellValue()).isEqualTo(250000.0);
        }
        HttpResponse<String> noYear = api.malformed().get("/api/activities.xlsx");
        assertThat(noYear.statusCode()).isEqualTo(400);
        assertThat(ApiClient.read(noYear.body()).at("/field").asText()).isEqualTo("year");
    }

    private static Cell cellUnder(Sheet sheet, String header) {
        Row head = sheet.getRow(0);
        for (Cell cell : head) {
            if (cell.getStringCellValue().equals(header)) {
                return sheet.getRow(1).getCell(cell.getColumnIndex());
            }
        }
        throw new AssertionError("no column " + header);
    }

    @Test
    void readModelsAreRebuiltFromTheEventsBesideTheServingOnes() {
        String before = api.get("/api/ncos/n-kz").body();
        String journalBefore = api.get("/api/activities?includeWithdrawn=true").body();
        String registerBefore = api.get("/api/support-register").body();
        HttpResponse<String> rebuild = api.post("/api/audit/rebuild?reason=" + encode("проверка после обновления"));
        assertThat(rebuild.statusCode()).as("the rebuild goes on after the answer").isEqualTo(202);
        String location = rebuild.headers().firstValue("Location").orElseThrow();
        JsonNode started = ApiClient.read(rebuild.body());
        assertThat(location).isEqualTo("/api/audit/rebuilds/" + started.at("/rebuildId").asText());
        assertThat(started.at("/readModels").toString()).contains("nco-registry", "activity-journal", "bodies",
                                                                  "annual-summary", "support-register");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
               .untilAsserted(() -> assertThat(api.json(location).at("/state").asText()).isEqualTo("DONE"));
        JsonNode done = api.json(location);
        assertThat(done.at("/eventsProcessed").asLong()).isPositive();
        assertThat(done.at("/position").asLong()).isLessThanOrEqualTo(done.at("/headPosition").asLong());
        assertThat(done.at("/finishedAt").asText()).isNotBlank();
        assertThat(api.get("/api/ncos/n-kz").body()).isEqualTo(before);
        assertThat(api.get("/api/activities?includeWithdrawn=true").body()).isEqualTo(journalBefore);
        assertThat(api.get("/api/support-register").body()).isEqualTo(registerBefore);
        assertThat(api.json("/api/bodies/c1?asOf=2020-03-01").at("/members").size()).isEqualTo(2);

        JsonNode recorded = api.json("/api/audit/records/" + started.at("/rebuildId").asText() + "/events");
        assertThat(recorded.findValuesAsText("event"))
                .containsExactly("ReadModelRebuildStartedEvent", "ReadModelRebuildFinishedEvent");
        assertThat(recorded.get(0).at("/issuedBy").asText()).isEqualTo("test-auditor");
        assertThat(recorded.get(0).at("/payload/reason").asText()).isEqualTo("проверка после обновления");
    }

    @Test
    void theAuditTrailAsRecorded() {
        JsonNode trail = api.json("/api/audit/records/n-liq/events");
        assertThat(trail).hasSize(2);
        assertThat(trail.at("/1/event").asText()).isEqualTo("NcoLiquidatedEvent");
        assertThat(trail.at("/1/issuedBy").asText()).isEqualTo("inspector");
        assertThat(trail.at("/1/payload/reason").asText()).isEqualTo("решение учредителей");

        JsonNode first = api.json("/api/audit/events?size=3");
        assertThat(first).hasSize(3);
        assertThat(api.json("/api/audit/events?after=" + first.at("/2/position").asLong() + "&size=1").at("/0/position")
                      .asLong()).isEqualTo(first.at("/2/position").asLong() + 1);

        HttpResponse<String> missing = api.get("/api/audit/records/nobody/events");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(ApiClient.read(missing.body()).at("/field").asText()).isEqualTo("recordId");
        HttpResponse<String> tooMany = api.malformed().get("/api/audit/events?size=501");
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(ApiClient.read(tooMany.body()).at("/field").asText()).isEqualTo("size");
    }

    @Test
    void auditorsFindEventsByRecordTypeUserCorrelationAndTimeAndTakeThemAsNdjson() {
        JsonNode byInspector = api.json("/api/audit/events?user=inspector");
        assertThat(byInspector).hasSize(1);
        assertThat(byInspector.at("/0/recordId").asText()).isEqualTo("n-liq");
        assertThat(api.json("/api/audit/events?recordId=n-kz&eventType=NcoRenamedEvent")).hasSize(1);
        assertThat(api.json("/api/audit/events?recordType=Meeting&size=500"))
                .allSatisfy(entry -> assertThat(entry.at("/recordType").asText()).isEqualTo("Meeting")).isNotEmpty();
        assertThat(api.json("/api/audit/events?recordedFrom=2000-01-01T00:00:00Z&recordedTo=2000-01-02T00:00:00Z"))
                .isEmpty();

        JsonNode correlated = api.json("/api/audit/correlations/request-of-inspector");
        assertThat(correlated).hasSize(1);
        assertThat(correlated.at("/0/event").asText()).isEqualTo("NcoLiquidatedEvent");
        HttpResponse<String> unknown = api.get("/api/audit/correlations/nothing-like-it");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(ApiClient.read(unknown.body()).at("/field").asText()).isEqualTo("correlationId");

        HttpResponse<byte[]> stream = api.getBytes("/api/audit/events?recordId=n-kz", "application/x-ndjson");
        assertThat(stream.statusCode()).isEqualTo(200);
        assertThat(stream.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/x-ndjson"));
        List<String> lines = new String(stream.body(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(2).allSatisfy(line -> assertThat(ApiClient.read(line).at("/recordId").asText())
                .isEqualTo("n-kz"));

        HttpResponse<String> badTime = api.malformed().get("/api/audit/events?recordedFrom=yesterday");
        assertThat(badTime.statusCode()).isEqualTo(400);
        assertThat(ApiClient.read(badTime.body()).at("/field").asText()).isEqualTo("recordedFrom");
    }

    @Test
    void aRecordsAuditTrailListsEveryEventFromTheFirstWithItsGlobalPositionWhateverTheSnapshots() {
        JsonNode trail = api.json("/api/audit/records/n-kz/events");
        assertThat(trail).hasSize(2);
        assertThat(trail.at("/0/sequence").asLong()).isZero();
        assertThat(trail.at("/0/event").asText()).isEqualTo("NcoRegisteredEvent");
        assertThat(trail.at("/1/event").asText()).isEqualTo("NcoRenamedEvent");
        List<Long> inGlobalOrder = new ArrayList<>();
        api.json("/api/audit/events?size=500").forEach(entry -> {
            if (entry.at("/recordId").asText().equals("n-kz")) {
                inGlobalOrder.add(entry.at("/position").asLong());
            }
        });
        assertThat(List.of(trail.at("/0/position").asLong(), trail.at("/1/position").asLong()))
                .isEqualTo(inGlobalOrder);
    }

    /** The state a snapshot of an NCO holds, as far as this test cares. */
    record NcoSnapshot(String ncoId, String shortName) {
    }

    @Test
    void badParametersAreProblemsNamingTheParameter() throws Exception {
        Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put("/api/ncos?asOf=2020-13-01", "asOf");
        cases.put("/api/ncos?page=-1", "page");
        cases.put("/api/ncos?size=501", "size");
        cases.put("/api/ncos?legalForm=LLC", "legalForm");
        cases.put("/api/ncos?sonco=maybe", "sonco");
        cases.put("/api/ncos.csv?stateRegistered=yes", "stateRegistered");
        cases.put("/api/ncos/n-ed?asOf=yesterday", "asOf");
        cases.put("/api/activities?kind=PARTY", "kind");
        cases.put("/api/activities?from=2020-02-30", "from");
        cases.put("/api/activities.csv?to=x", "to");
        cases.put("/api/bodies?kind=CLUB", "kind");
        cases.put("/api/bodies/c1?asOf=1.1.2020", "asOf");
        cases.put("/api/support-register?year=twenty", "year");
        cases.put("/api/support-register.csv?year=20", "year");
        cases.put("/api/support-register?includeExcluded=perhaps", "includeExcluded");
        cases.put("/api/support-register.csv?delimiter=tab", "delimiter");
        cases.put("/api/ncos.csv?decimal=dot", "decimal");
        cases.put("/api/activities.csv?delimiter=%3B", "delimiter");
        cases.put("/api/ncos.csv?labels=english", "labels");
        cases.put("/api/activities.csv?labels=ru", "labels");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            for (String accept : new String[]{null, "text/csv"}) {
                HttpResponse<byte[]> response = api.malformed().getBytes(c.getKey(), accept);
                assertThat(response.statusCode()).as(c.getKey() + " " + accept).isEqualTo(400);
                assertThat(response.headers().firstValue("Content-Type")).get().asString()
                        .startsWith("application/problem+json");
                JsonNode problem = json.readTree(response.body());
                assertThat(problem.at("/field").asText()).as(c.getKey()).isEqualTo(c.getValue());
                assertThat(problem.at("/status").asInt()).isEqualTo(400);
            }
        }
    }

    @Test
    void anUnknownOrMalformedIdInThePathIsNotFoundNamingIt() throws Exception {
        Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put("/api/ncos/nobody", "id");
        cases.put("/api/ncos/" + "n".repeat(20_000), "id");
        cases.put("/api/ncos/%D0%BD%D0%BA%D0%BE", "id");
        cases.put("/api/bodies/none", "id");
        cases.put("/api/support-register/entries/12345", "entryNumber");
        cases.put("/api/audit/records/" + "r".repeat(20_000) + "/events", "recordId");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            HttpResponse<byte[]> response = api.malformed().getBytes(c.getKey(), null);
            String shown = c.getKey().substring(0, Math.min(60, c.getKey().length()));
            assertThat(response.statusCode()).as(shown).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).get().asString()
                    .startsWith("application/problem+json");
            assertThat(json.readTree(response.body()).at("/field").asText()).as(shown).isEqualTo(c.getValue());
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.at("/items").forEach(item -> names.add(item.at("/fullName").asText()));
        return names;
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.at("/items").forEach(item -> ids.add(item.at("/id").asText()));
        return ids;
    }

    private static List<CSVRecord> parseCsv(byte[] body) throws Exception {
        return parseCsv(body, ',');
    }

    private static List<CSVRecord> parseCsv(byte[] body, char delimiter) throws Exception {
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setDelimiter(delimiter).get()
                                .parse(new StringReader(text)).getRecords();
    }

    private void publish(String aggregateType, String aggregateId, Object payload) {
        publish(aggregateType, aggregateId, payload, "test-clerk");
    }

    private void publish(String aggregateType, String aggregateId, Object payload, String issuedBy) {
        long sequence = sequences.merge(aggregateId, 0L, (old, zero) -> old + 1);
        eventStore.publish(new GenericDomainEventMessage<>(aggregateType, aggregateId, sequence, payload,
                MetaData.with("recordedAt", java.time.Instant.now().toString()).and("issuedBy", issuedBy)
                        .and("correlationId", "request-of-" + issuedBy)));
    }
}
