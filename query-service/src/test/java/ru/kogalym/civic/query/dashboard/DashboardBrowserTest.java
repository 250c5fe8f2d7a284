package ru.kogalym.civic.query.dashboard;

import ru.kogalym.civic.identity.SystemChromium;
import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ReducedMotion;
import com.microsoft.playwright.options.RequestOptions;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import ru.kogalym.civic.contract.council.BodyEstablishedEvent;
import ru.kogalym.civic.contract.council.BodyKind;
import ru.kogalym.civic.contract.council.BodyMemberAddedEvent;
import ru.kogalym.civic.contract.council.CouncilArea;
import ru.kogalym.civic.contract.grant.GrantAppliedForEvent;
import ru.kogalym.civic.contract.grant.GrantAwardedEvent;
import ru.kogalym.civic.contract.grant.GrantLevel;
import ru.kogalym.civic.contract.support.SupportKind;
import ru.kogalym.civic.contract.support.SupportRecordedEvent;
import ru.kogalym.civic.eventstore.TestMongo;
import ru.kogalym.civic.identity.TestUsers;
import ru.kogalym.civic.identity.TestUsers.Credentials;
import ru.kogalym.civic.query.QueryServiceApplication;
import ru.kogalym.civic.query.summary.Seed2020;
import ru.kogalym.civic.query.testing.ApiClient;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The analysts' dashboard in a real browser (the system Chromium through Playwright) on a running query-service fed
 * the seed report's 2020 through the event store, plus a commission, support and a grant: log in, the registry as it
 * stood on two dates, an NCO's card, the journal filtered, the summary with its charts, the report's PDF, the
 * language switch, and who may not see the pages.
 */
@SpringBootTest(classes = QueryServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = "spring.config.name=" + QueryServiceApplication.CONFIG_NAME)
@DirtiesContext
class DashboardBrowserTest {

    @RegisterExtension
    static final TestMongo MONGO = TestMongo.start();
    private static final String EDINSTVO = Seed2020.REGISTERED[0][1];
    /** Where the README's screenshots are refreshed from: {@code -Dcivic.screenshots=../docs/screenshots}. */
    private static final Path SCREENSHOTS = Path.of(System.getProperty("civic.screenshots", "target/screenshots"));

    private static SystemChromium chromium;
    private static boolean seeded;

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.data.mongodb.uri", MONGO::uri);
        TestUsers.seed(MONGO.database());
    }

    @BeforeAll
    static void browser() {
        chromium = SystemChromium.launch();
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Autowired
    EventStore eventStore;

    @LocalServerPort
    int port;

    private BrowserContext context;
    private Page page;
    private final List<String> requested = new CopyOnWriteArrayList<>();

    @BeforeEach
    void seedAndOpen() {
        if (!seeded) {
            seed();
            seeded = true;
        }
        context = chromium.browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setBaseURL(base()).setLocale("ru-RU").setViewportSize(1280, 900)
                // charts drawn at once, so a screenshot shows them whole
                .setReducedMotion(ReducedMotion.REDUCE));
        context.onRequest(request -> requested.add(request.url()));
        page = context.newPage();
        page.setDefaultTimeout(15_000);
    }

    @AfterEach
    void close() {
        context.close();
        assertThat(requested).as("the pages fetch nothing from elsewhere")
                             .allMatch(url -> url.startsWith(base()) || url.startsWith("blob:"));
    }

    @Test
    void anAnalystLogsInAndReadsTheRegistryOnTwoDatesAnNcoCardAndTheJournal() throws IOException {
        page.navigate("/");
        assertThat(page).hasURL(base() + "/login");
        logIn(TestUsers.ANALYST);
        assertThat(page).hasURL(base() + "/ncos");
        assertThat(page.locator("#nco-count")).hasText("Найдено НКО: 10");

        page.getByLabel("Реестр Минюста").selectOption("true");
        page.getByLabel("Реестр на дату").fill("2020-12-31");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Показать")).click();
        page.waitForLoadState();
        assertThat(page.locator("#nco-count")).hasText("Найдено НКО: 6");
        assertThat(page.locator("#results")).containsText("(на 31.12.2020)");
        for (String[] nco : Seed2020.REGISTERED) {
            assertThat(page.locator("#nco-table")).containsText(nco[1]);
        }
        assertThat(page.locator("#nco-table")).not().containsText(Seed2020.NOT_REGISTERED[0][1]);
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*asOf=2020-12-31.*"));
        screenshot("registry.png");

        // the same selection for a Russian-locale spreadsheet: ";", Russian headers and labels
        Download forPeople = page.waitForDownload(() -> page.locator("#registry-csv-ru").click());
        String registryCsv = Files.readString(forPeople.path());
        assertThat(registryCsv).startsWith("\uFEFFИдентификатор;Полное наименование;")
                               .contains(";городская общественная организация;Татаро-башкирская;")
                               .doesNotContain("LOCAL_PUBLIC_ORGANIZATION", "Таджикская");
        assertThat(page.locator("#registry-xlsx")).hasAttribute("href", "/api/ncos.xlsx?asOf=2020-12-31");

        // the registry as it stood on 1 January 2016: the last two of the six were registered later
        page.getByLabel("Реестр на дату").fill("2016-01-01");
        page.getByLabel("Реестр на дату").dispatchEvent("change");
        assertThat(page.locator("#nco-count")).hasText("Найдено НКО: 4");
        assertThat(page.locator("#nco-table")).not().containsText(Seed2020.REGISTERED[5][1]);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(EDINSTVO)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(EDINSTVO);
        assertThat(page.locator("#nco-history")).containsText("Зарегистрирована");
        assertThat(page.locator("#nco-history")).containsText("Внесена в реестр Минюста");
        assertThat(page.locator("#nco-history")).containsText("test-clerk");
        // when it was recorded: a date and a time as the page writes them, not the event's ISO instant
        assertThat(page.locator("#nco-history")).containsText(DATE_TIME);
        assertThat(page.locator("#nco-history")).not().containsText(ISO_INSTANT);
        assertThat(page.locator("#nco-activities")).containsText("рабочее совещание");
        assertThat(page.locator("#nco-support")).containsText("150 000,50 руб.");
        assertThat(page.locator("#nco-grants")).containsText("грант получен");
        assertThat(page.locator("#nco-grants")).containsText("450 000,00 руб.");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Журнал мероприятий")).first().click();
        page.waitForLoadState(); // htmx has taken the form over, so a change filters in place
        assertThat(page.locator("#journal-count")).hasText("Записей: 16");
        page.getByLabel("Вид записи").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Рейд"));
        assertThat(page.locator("#journal-count")).hasText("Записей: 2");
        page.getByLabel("Вид записи").selectOption("");
        page.getByLabel("НКО", new Page.GetByLabelOptions().setExact(true))
            .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Единство"));
        assertThat(page.locator("#journal-count")).hasText("Записей: 6");
        page.getByLabel("С даты").fill("2020-09-01");
        page.getByLabel("С даты").dispatchEvent("change");
        assertThat(page.locator("#journal-count")).hasText("Записей: 1");
        assertThat(page.locator("#journal-table")).containsText("Субсидия на фестиваль");
        assertThat(page.locator("#journal-table")).containsText(DATE_TIME);
        assertThat(page.locator("#journal-table")).not().containsText(ISO_INSTANT);
        Download journalCsv = page.waitForDownload(() -> page.locator("#journal-csv-ru").click());
        assertThat(Files.readString(journalCsv.path()))
                .startsWith("\uFEFFИдентификатор;Вид записи;Дата;")
                .contains(";поддержка НКО;2020-09-15;Субсидия на фестиваль национальных культур;")
                .contains("форма поддержки: финансовая", "сумма, руб.: 150000,50");
    }

    @Test
    void theSummaryDrawsItsChartsAndTheReportDownloadsAsPdf() throws IOException {
        page.navigate("/summaries/2020");
        logIn(TestUsers.AUDITOR);
        assertThat(page).hasURL(base() + "/summaries/2020");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Итоги 2020 года");
        assertThat(page.locator("#summary-figures")).containsText("10");
        for (String chart : List.of("activities-by-month", "state-registry", "support-by-form", "grants-by-level",
                                    "year-over-year")) {
            page.waitForFunction("id => window.Chart && Chart.getChart(document.getElementById('chart-' + id))", chart);
        }
        assertThat(page.locator("#table-grants-by-level")).containsText("окружной");
        assertThat(page.locator("#table-state-registry")).containsText("6");
        screenshot("summary.png");

        page.getByText("Просмотр отчёта").click();
        assertThat(page.frameLocator("iframe.preview").locator("body"))
                .containsText("взаимодействия с общественностью в 2020 году");

        Download pdf = page.waitForDownload(() -> page.locator("#report-ru-pdf").click());
        byte[] bytes = Files.readAllBytes(pdf.path());
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(pdf.suggestedFilename()).isEqualTo("report-2020-ru.pdf");

        Download xlsx = page.waitForDownload(() -> page.locator("a[href^='/api/activities.xlsx']").click());
        byte[] spreadsheet = Files.readAllBytes(xlsx.path());
        assertThat(new String(spreadsheet, 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1)).as("a ZIP, as XLSX is")
                .isEqualTo("PK");

        // the report's other downloads, by the page's own links, with the session the page has
        Map<String, String> types = Map.of("html", "text/html", "md", "text/markdown");
        Map<String, String> titles = Map.of("ru", "взаимодействия с общественностью в 2020", "en",
                "work with civil society in 2020");
        for (String lang : titles.keySet()) {
            for (String format : types.keySet()) {
                APIResponse report = context.request().get(page.locator("#report-" + lang + "-" + format)
                                                               .getAttribute("href"));
                assertThat(report.status()).as(lang + " " + format).isEqualTo(200);
                assertThat(report.headers().get("content-type")).as(lang + " " + format)
                        .startsWith(types.get(format));
                assertThat(report.text().replace('\u00A0', ' ')).contains(titles.get(lang));
            }
        }

        Download supportCsv = page.waitForDownload(() -> page.locator(
                "a[href='/api/support-register.csv?year=2020&delimiter=semicolon&decimal=comma']").click());
        assertThat(Files.readString(supportCsv.path())).startsWith("\uFEFFНомер реестровой записи;Дата включения");

        // open data: each set with its passport, data and structure, the year's activities for users with a role
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Открытые данные")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Открытые данные");
        assertThat(page.locator(".open-data-set")).hasCount(3);
        for (Locator link : page.locator(".open-data-set a").all()) {
            APIResponse file = context.request().get(link.getAttribute("href"));
            assertThat(file.status()).as(link.getAttribute("href")).isEqualTo(200);
        }
        assertThat(context.request().get(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Паспорт набора (meta.csv)")).first().getAttribute("href")).text())
                .contains("standardversion,http://opendata.gosmonitor.ru/standard/3.0");
    }

    @Test
    void theLanguageSwitchIsKeptAndEveryPageAnswersInIt() {
        page.navigate("/login");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English")).click();
        page.getByLabel("User name").fill(TestUsers.STAFF.username());
        page.getByLabel("Password").fill(TestUsers.STAFF.password());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        page.waitForLoadState();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("NCO registry");
        page.keyboard().press("Tab");
        assertThat(page.locator(":focus")).hasText("Skip to content");
        page.keyboard().press("Enter");
        assertThat(page).hasURL(base() + "/ncos#main");

        // filtered in place by htmx, the page comes back in Russian as it stands
        page.getByLabel("Ministry of Justice registry").selectOption("true");
        assertThat(page.locator("#nco-count")).hasText("NCOs found: 6");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Русский")).click();
        assertThat(page.locator("#nco-count")).hasText("Найдено НКО: 6");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/ncos\\?.*stateRegistered=true.*"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English")).click();
        page.navigate("/bodies?asOf=2020-12-31");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Councils and commissions");
        assertThat(page.locator("main")).containsText("Members: 2");
        page.navigate("/bodies?asOf=2020-01-01");
        assertThat(page.locator("main")).containsText("Members: 1");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Русский")).click();
        assertThat(page).hasURL(base() + "/bodies?asOf=2020-01-01");
        assertThat(page.locator("main")).containsText("Члены: 1");

        // a phone: nothing wider than the screen, so no page scrolls sideways
        page.setViewportSize(390, 844);
        for (String path : List.of("/ncos", "/ncos/n-edinstvo", "/journal", "/bodies", "/summaries/2020")) {
            page.navigate(path);
            assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                    .as(path).isTrue();
        }
    }

    @Test
    void aBadValueIsNamedBesideItsFieldAndAnUnknownNcoIsNotFound() {
        page.navigate("/ncos?asOf=31.12.2020");
        logIn(TestUsers.ANALYST);
        assertThat(page.getByLabel("Реестр на дату")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#asOf-error")).hasText("Укажите дату в формате ГГГГ-ММ-ДД");
        assertThat(page.locator("#nco-count")).hasText("Найдено НКО: 0");

        com.microsoft.playwright.Response missing = page.navigate("/ncos/no-such-nco");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Такой записи нет");
    }

    @Test
    void pagesNeedALoginWithAReadingRoleAndTheApiStillAnswersProblems() {
        APIResponse anonymous = context.request().get("/journal", RequestOptions.create().setMaxRedirects(0));
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.headers().get("location")).endsWith("/login");

        APIResponse api = context.request().get("/api/ncos");
        assertThat(api.status()).isEqualTo(401);
        assertThat(api.headers().get("content-type")).startsWith("application/problem+json");

        page.navigate("/login");
        page.getByLabel("Имя пользователя").fill(TestUsers.ANALYST.username());
        page.getByLabel("Пароль").fill("not the password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Войти")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Неверное имя или пароль");

        logIn(TestUsers.ADMIN);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Недостаточно прав");
        // signed in as an administrator, the API's downloads still answer as the API does
        APIResponse download = context.request().get("/api/ncos.csv");
        assertThat(download.status()).isEqualTo(401);
        assertThat(download.headers().get("content-type")).startsWith("application/problem+json");
    }

    private static final java.util.regex.Pattern DATE_TIME =
            java.util.regex.Pattern.compile("\\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2}");
    private static final java.util.regex.Pattern ISO_INSTANT = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}T");

    private void logIn(Credentials user) {
        page.getByLabel("Имя пользователя").fill(user.username());
        page.getByLabel("Пароль").fill(user.password());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Войти")).click();
        page.waitForLoadState();
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)).setFullPage(true));
    }

    private String base() {
        return "http://localhost:" + port;
    }

    // --- the data: the seed year, plus a commission, support and a grant for the card and the charts ---

    private final Map<String, Long> sequences = new HashMap<>();

    private void seed() {
        Seed2020.facts().forEach(fact -> publish(fact.aggregateType(), fact.aggregateId(), fact.payload()));
        publish("Body", "c-extremism", new BodyEstablishedEvent("c-extremism", BodyKind.COMMISSION,
                "Комиссия по противодействию экстремистской деятельности", CouncilArea.CITY_WIDE, d("2019-01-15")));
        publish("Body", "c-extremism", new BodyMemberAddedEvent("c-extremism", BodyKind.COMMISSION, "m-1", "n-vainakh",
                null, "член комиссии", d("2019-02-01")));
        publish("Body", "c-extremism", new BodyMemberAddedEvent("c-extremism", BodyKind.COMMISSION, "m-2", "n-dostlug",
                null, "член комиссии", d("2020-06-01")));
        publish("Support", "s-1", new SupportRecordedEvent("s-1", "n-edinstvo", SupportKind.FINANCIAL, d("2020-09-15"),
                "Субсидия на фестиваль национальных культур", 15_000_050L, null, null, "Администрация города Когалыма"));
        publish("GrantApplication", "g-1", new GrantAppliedForEvent("g-1", "n-edinstvo", GrantLevel.OKRUG,
                "Конкурс Югры", "Мы вместе", 50_000_000L, d("2020-03-02")));
        publish("GrantApplication", "g-1", new GrantAwardedEvent("g-1", "n-edinstvo", GrantLevel.OKRUG, "Конкурс Югры",
                "Мы вместе", 50_000_000L, 45_000_000L, d("2020-05-12")));

        ApiClient api = ApiClient.on(port);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            assertThat(api.json("/api/ncos").at("/total").asInt()).isEqualTo(10);
            assertThat(api.json("/api/activities").at("/total").asInt()).isEqualTo(16);
            assertThat(api.json("/api/bodies").at("/items/0/members").size()).isEqualTo(2);
            JsonNode summary = api.json("/api/summaries/2020");
            assertThat(summary.at("/grants/awarded").asInt()).isEqualTo(1);
            assertThat(summary.at("/support/total").asInt()).isEqualTo(1);
        });
    }

    private void publish(String aggregateType, String aggregateId, Object payload) {
        long sequence = sequences.merge(aggregateId, 0L, (old, zero) -> old + 1);
        eventStore.publish(new GenericDomainEventMessage<>(aggregateType, aggregateId, sequence, payload,
                MetaData.with("recordedAt", Instant.now().toString()).and("issuedBy", "test-clerk")));
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }
}
