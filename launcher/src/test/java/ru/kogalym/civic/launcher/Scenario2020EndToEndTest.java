package ru.kogalym.civic.launcher;

import ru.kogalym.civic.identity.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.kogalym.civic.eventstore.TestMongo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The seed report's 2020 facts entered through the command API: the summary and both report languages
 * state the seed's figures, the summary reconciles with the event stream, the read models rebuilt from
 * the events answer the same, and the audit trail says who recorded what.
 */
class Scenario2020EndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestMongo mongo;
    private static CivicSystem system;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        mongo = TestMongo.start();
        system = CivicSystem.start(mongo.uri(), Files.createTempDirectory("civic-2020"), 0, 0, 0,
                                   "civic.security.users=" + TestUsers.spec());
    }

    @AfterAll
    static void stop() {
        system.close();
        mongo.close();
    }

    @Test
    void theGeneratedReportStatesTheSeedFiguresAndSurvivesARebuild() throws Exception {
        loadTheScenario();
        assertSeedFigures(json(query("/api/summaries/2020")));
        String registryBefore = query("/api/ncos?asOf=2020-12-31&size=500");
        String summaryBefore = query("/api/summaries/2020");

        String russian = query("/api/summaries/2020/report?lang=ru&format=md").replace('\u00A0', ' ');
        assertThat(russian).contains("Что наиболее значительное удалось сделать в области взаимодействия с общественностью в 2020 году")
                           .contains("4 рабочих совещания")
                           .contains("5 заседаний с участием НКО, являющихся её членами")
                           .contains("Какие задачи стоят в 2021 году")
                           .contains("«Единство»");
        // the scenario's leaflet counts and registration dates are illustrative: the report does not state them
        assertThat(json(summaryBefore).path("illustrative").toString())
                .isEqualTo("[\"ncos.registeredDuringYear\",\"raids.leafletsDistributed\",\"raids.count\","
                           + "\"eventParticipations.total\"]");
        assertThat(russian).doesNotContain("роздано").doesNotContain("470")
                           .contains("в отчёт не включены: число организаций, внесённых в муниципальный реестр за год, "
                                   + "число розданных памяток, число рейдовых мероприятий, число общегородских "
                                   + "мероприятий.");
        String english = query("/api/summaries/2020/report?lang=en&format=md").replace('\u00A0', ' ');
        assertThat(english).contains("4 working meetings").contains("5 sessions in 2020 with NCOs taking part")
                           .doesNotContain("leaflets were handed out").doesNotContain("470");

        HttpResponse<String> rebuilt = send(system.queryPort(), "POST", "/api/audit/rebuild?reason=check", null);
        assertThat(rebuilt.statusCode()).as("the rebuild goes on after the answer").isEqualTo(202);
        assertThat(json(rebuilt.body()).path("readModels").size()).isGreaterThanOrEqualTo(4);
        String status = rebuilt.headers().firstValue("Location").orElseThrow();
        await().atMost(Duration.ofMinutes(1))
               .untilAsserted(() -> assertThat(json(query(status)).path("state").asText()).isEqualTo("DONE"));
        assertThat(json(query("/api/summaries/2020"))).isEqualTo(json(summaryBefore));
        assertThat(json(query("/api/ncos?asOf=2020-12-31&size=500"))).isEqualTo(json(registryBefore));

        JsonNode trail = json(query("/api/audit/records/nco-edinstvo/events"));
        assertThat(trail.get(0).path("event").asText()).isEqualTo("NcoRegisteredEvent");
        assertThat(trail.get(0).path("issuedBy").asText()).isEqualTo(TestUsers.STAFF.username());
        assertThat(trail.get(0).path("commandName").asText()).isEqualTo("RegisterNcoCommand");
        assertThat(trail.get(0).path("recordedAt").asText()).startsWith("20");

        JsonNode firstPage = json(query("/api/audit/events?size=5"));
        assertThat(firstPage).hasSize(5);
        assertThat(firstPage.get(0).path("position").asLong()).isZero();
        JsonNode tail = json(query("/api/audit/events?after=" + firstPage.get(4).path("position").asLong() + "&size=500"));
        assertThat(tail.size()).as("the rest of the store, and no waiting for more").isPositive().isLessThan(500);
        assertThat(tail.get(0).path("position").asLong()).isEqualTo(5);
    }

    /**
     * The report on the 2020 scenario reads as its golden files, word for word, in both languages (the day it is made
     * aside), and its PDF states every fact of the seed report. {@code -Dgolden.update=true} writes the golden files
     * anew from what the report says now.
     */
    @Test
    void theReportInBothLanguagesReadsAsItsGoldenFilesAndItsPdfStatesEverySeedFact() throws Exception {
        loadTheScenario();

        Map<String, String> reports = new HashMap<>();
        for (String language : List.of("ru", "en")) {
            String report = query("/api/summaries/2020/report?lang=" + language + "&format=md");
            reports.put(language, report.replace('\u00A0', ' '));
            assertGolden("report-2020-" + language + ".md", report.replaceFirst("(?m)^(Дата|Date): .*  $", "$1: {date}  "));
        }
        // the seed says nothing of SONCO status, support or grants, and nothing was entered: the report must not
        // turn that into "none were given" over an official's signature
        assertThat(reports.get("ru"))
                .contains("Сведения о поддержке НКО в 2020 году в систему не вносились.",
                        "Сведения о заявках НКО на гранты в 2020 году в систему не вносились.")
                .doesNotContain("0 социально ориентированных", "0 грантов", "Поддержка НКО в 2020 году не зарегистрирована",
                        "Заявки на гранты не подавались", "грантов не получено")
                .doesNotContainPattern("(^|[\\s(])0 ");
        assertThat(reports.get("en"))
                .contains("No support to NCOs in 2020 was recorded in the system.",
                        "No grant applications of NCOs in 2020 were recorded in the system.")
                .doesNotContain("0 socially oriented", "0 grants", "No grant applications were filed",
                        "no grants were awarded")
                .doesNotContainPattern("(^|[\\s(])0 ");

        HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + system.queryPort()
                        + "/api/summaries/2020/report?lang=ru&format=pdf"))
                .header("Authorization", TestUsers.AUDITOR.basic()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(document).replace('\u00A0', ' ').replaceAll("\\s+", " ");
        }
        // a line may break after "г." or a hyphen, so the facts are looked for without regard to white space
        String compact = text.replaceAll(" ", "");
        assertThat(Arrays.stream(SEED_FACTS).filter(fact -> !compact.contains(fact.replaceAll("\\s+", ""))))
                .as("facts the PDF does not state; its text:%n%s", text).isEmpty();
        // what the scenario only illustrates: leaflet counts, dates, the city events' names, the sessions' venue
        assertThat(text).doesNotContain("470", "150", "2020-", "19.06", "3 рейдовых", "4 общегородских", "Городской конкурс национальных культур",
                "Общегородской субботник", "Администрация города Когалыма»");

        HttpResponse<byte[]> english = http.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                        + system.queryPort() + "/api/summaries/2020/report?lang=en&format=pdf"))
                .header("Authorization", TestUsers.AUDITOR.basic()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(english.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(english.body())) {
            String englishText = new PDFTextStripper().getText(document).replace('\u00A0', ' ')
                    .replaceAll("\\s+", " ");
            assertThat(englishText).contains("What was most significant in the work with civil society in 2020",
                    "6 non-profit organisations (NCOs) of the city of Kogalym are listed", "held 4 working meetings",
                    "No support to NCOs in 2020 was recorded in the system.", "Tasks for 2021", "Page 1 of")
                    .doesNotContain("470", "0 socially oriented");
        }
    }

    /** Loads the scenario (again: nothing more is recorded) and waits for the projections to have caught up. */
    private void loadTheScenario() throws Exception {
        HttpResponse<String> loaded = send(system.commandPort(), "POST", "/api/scenarios/2020", null);
        assertThat(loaded.statusCode()).as(loaded.body()).isEqualTo(200);
        // The projections have caught up once the summary recomputed from the event stream matches theirs.
        await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> {
            assertThat(json(query("/api/summaries/2020/reconciliation")).path("matches").asBoolean()).isTrue();
            assertThat(json(query("/api/summaries/2020")).path("priorities").size()).isEqualTo(1);
            assertThat(json(query("/api/summaries/2021")).path("priorities").size()).isEqualTo(3);
            assertThat(json(query("/api/ncos?asOf=2020-12-31&size=500")).path("total").asInt()).isEqualTo(10);
        });
    }

    /** Every fact the seed report gives for 2020, as the generated Russian report words it. */
    private static final String[] SEED_FACTS = {
            "Администрация города Когалыма", "Дата: ", "№ ____", "Страница 1 из ", "(подпись)",
            // the public councils by name
            "Общественный Совет по вопросам молодежной политики", "Общественный Совет по культуре",
            "Общественный Совет по физической культуре и спорту",
            "Общественный Совет по вопросам жилищно-коммунального хозяйства",
            "Общественный Совет в сфере управления муниципальными финансами города Когалыма",
            "Общественный Совет города Когалыма является совещательным и консультативным органом, действующим на "
                    + "постоянной основе",
            // the NCOs in the state registry and not
            "действуют 6 зарегистрированных некоммерческих организаций (НКО)",
            "«Единство»", "«ВАЙНАХ» (НАШ ГОРОД)", "«НУР»", "«Кызыл Ту» (в переводе на русский язык означает "
                    + "«Красное Знамя»)", "Местная национально-культурная автономия азербайджанцев г.Когалыма",
            "«Достлуг» г.Когалыма (в переводе на русский язык означает «Дружба»)",
            "4 некоммерческие организации не зарегистрированы в ведомственном реестре",
            "Национально-культурное общество таджиков города Когалыма", "«Ак-Ниет»", "«Ак калфак»",
            "«Славянское содружество»",
            // the four working meetings: on harmony, at the House of Friendship, with officials and law enforcement
            "проведено 4 рабочих совещания",
            "«Укрепление межнационального и межконфессионального согласия в городе Когалыме»",
            "Место проведения — «Дом Дружбы»", "«Должностные лица Администрации города Когалыма»",
            "«Представители правоохранительных органов города Когалыма»",
            // the five commission sessions, the NCOs its members
            "Комиссия по противодействию экстремистской деятельности в городе Когалыме провела в 2020 году "
                    + "5 заседаний с участием НКО, являющихся её членами",
            // the raids on Mira Street explaining the mask regime with leaflets
            "Лидерами национально-культурных организаций проводились рейдовые мероприятия",
            "«Площадь по улице Мира, г. Когалым»",
            "необходимости соблюдения масочного режима, раздача памяток",
            "«Должностные лица органов местного самоуправления города Когалыма»",
            // the city events by kind (the seed does not say how many)
            "общегородских мероприятиях: субботники, спартакиады, семинары, конкурсы",
            // civil society in keeping public order
            "Охрана общественного порядка. Вовлечение различных институтов гражданского общества в работу по охране "
                    + "общественного порядка и содействию в этом полиции.",
            // the 2021 tasks in full
            "Какие задачи стоят в 2021 году",
            "Оказание НКО консультативной, информационной, имущественной и финансовой поддержки.",
            "Содействие в увеличении количества СОНКО в городе Когалыме, привлекающих средства для реализации "
                    + "социально значимых проектов путем участия в конкурсах на предоставление грантов "
                    + "муниципального, окружного и федерального уровня.",
            "Разработка и реализация механизмов гармонизации межнациональных и межконфессиональных отношений, "
                    + "реализация позитивных практик межнациональных взаимодействий, взаимодействие с религиозными "
                    + "и национальными организациями по профилактике межэтнических отношений."};

    /** Compares with the golden file, failing with a unified diff of the lines that differ. */
    private static void assertGolden(String name, String actual) throws Exception {
        Path golden = Path.of("src/test/resources/golden", name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual);
        }
        List<String> expected = Files.readAllLines(golden);
        List<String> lines = actual.lines().toList();
        Patch<String> patch = DiffUtils.diff(expected, lines);
        assertThat(patch.getDeltas()).as("%s differs from its golden file (-expected +actual):%n%s", name,
                String.join("\n", UnifiedDiffUtils.generateUnifiedDiff(golden.toString(), "report", expected, patch, 1)))
                .isEmpty();
    }

    private static void assertSeedFigures(JsonNode summary) {
        assertThat(summary.path("ncos").path("stateRegistered").asInt()).isEqualTo(6);
        assertThat(summary.path("ncos").path("notStateRegistered").asInt()).isEqualTo(4);
        assertThat(summary.path("meetings").path("byKind").path("WORKING_MEETING").asInt()).isEqualTo(4);
        assertThat(summary.path("commissionSessionsWithNcos").asInt()).isEqualTo(5);
        assertThat(summary.path("raids").path("count").asInt()).isPositive();
        assertThat(summary.path("eventParticipations").path("total").asInt()).isPositive();
    }

    private String query(String path) throws Exception {
        HttpResponse<String> response = send(system.queryPort(), "GET", path, null);
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<String> send(int port, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                                 .header("Content-Type", "application/json")
                                                 .header("Authorization", port == system.commandPort()
                                                         ? TestUsers.STAFF.basic() : TestUsers.AUDITOR.basic());
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(String body) throws Exception {
        return JSON.readTree(body);
    }
}
