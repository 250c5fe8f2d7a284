package ru.kogalym.civic.launcher;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ReducedMotion;
import com.microsoft.playwright.options.ScreenshotAnimations;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.kogalym.civic.eventstore.TestMongo;
import ru.kogalym.civic.identity.SystemChromium;
import ru.kogalym.civic.identity.TestUsers;

import java.nio.file.Files;
import java.nio.file.Path;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole system in a real browser, as staff and analysts use it: staff log in to the command-service's pages,
 * load the 2020 scenario and record a raid; an analyst logs in to the dashboard, sees the six NCOs in the state
 * registry at the end of 2020 (the README's screenshot), moves the as-of date, downloads the report as PDF and finds
 * the raid in the journal.
 */
class BrowserEndToEndTest {

    /**
     * Where the README's screenshot is written ({@code -Dcivic.screenshots=} elsewhere). It is the same picture every
     * run: a fixed viewport, the scenario's fixed facts, and nothing that says when the test ran or what ids it drew.
     */
    private static final Path SCREENSHOTS = Path.of(System.getProperty("civic.screenshots", "../docs/screenshots"));

    private static TestMongo mongo;
    private static CivicSystem system;
    private static SystemChromium chromium;

    @BeforeAll
    static void start() throws Exception {
        mongo = TestMongo.start();
        system = CivicSystem.start(mongo.uri(), Files.createTempDirectory("civic-browser"), 0, 0, 0,
                                   "civic.security.users=" + TestUsers.spec());
        // two cores shared with the build: an answer may take seconds, and waiting longer costs a passing run nothing
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        chromium = SystemChromium.launch();
    }

    @AfterAll
    static void stop() {
        chromium.close();
        system.close();
        mongo.close();
    }

    @Test
    void staffRecordARaidAfterTheScenarioAndAnAnalystFindsItWithTheRegistryAndTheReport() throws Exception {
        try (BrowserContext staff = context(system.commandPort())) {
            Page page = logIn(staff, TestUsers.STAFF);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Загрузить сценарий 2020 года")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Загрузить сценарий 2020")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Сценарий загружен",
                    new LocatorAssertions.ContainsTextOptions().setTimeout(180_000));

            page.navigate("/staff/raids");
            page.getByLabel("Дата проведения").fill("2020-12-29");
            page.getByLabel("Место проведения").fill("Сквер у Дома Дружбы");
            page.getByLabel("Цель").fill("Поздравление жителей с Новым годом");
            page.getByLabel("Участвующие НКО").fill("nco-edinstvo");
            page.getByLabel("Роздано памяток").fill("40");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Записать")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Рейд записан, идентификатор ");
        }

        try (BrowserContext analyst = context(system.queryPort())) {
            Page page = logIn(analyst, TestUsers.ANALYST);
            page.navigate("/ncos");
            page.getByLabel("Реестр Минюста").selectOption("true");
            page.getByLabel("Реестр на дату").fill("2020-12-31");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Показать")).click();
            assertThat(page.locator("#nco-count")).hasText("Найдено НКО: 6");
            assertThat(page.locator("#nco-table")).containsText("«Единство»");
            page.mouse().move(0, 0);
            Files.createDirectories(SCREENSHOTS);
            page.locator("main").screenshot(new Locator.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve("end-to-end-registry-2020.png"))
                    .setAnimations(ScreenshotAnimations.DISABLED));

            page.getByLabel("Реестр на дату").fill("2010-01-01");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Показать")).click();
            assertThat(page.locator("#nco-count")).hasText("Найдено НКО: 0");

            page.navigate("/summaries/2020");
            Download pdf = page.waitForDownload(() -> page.locator("#report-ru-pdf").click());
            Path saved = Files.createTempFile("report-2020", ".pdf");
            pdf.saveAs(saved);
            assertThat(new String(Files.readAllBytes(saved), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                    .isEqualTo("%PDF-");

            page.navigate("/journal");
            page.getByLabel("Вид записи").selectOption(new SelectOption().setLabel("Рейд"));
            page.getByLabel("С даты").fill("2020-12-29");
            page.getByLabel("С даты").dispatchEvent("change");
            assertThat(page.locator("#journal-count")).hasText("Записей: 1");
            assertThat(page.locator("#journal-table")).containsText("Сквер у Дома Дружбы");
        }
    }

    private static BrowserContext context(int port) {
        return chromium.browser().newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + port)
                                                                            .setLocale("ru-RU")
                                                                            .setViewportSize(1280, 900)
                                                                            .setDeviceScaleFactor(1)
                                                                            .setReducedMotion(ReducedMotion.REDUCE));
    }

    private static Page logIn(BrowserContext context, TestUsers.Credentials user) {
        Page page = context.newPage();
        page.navigate("/login");
        page.getByLabel("Имя пользователя").fill(user.username());
        page.getByLabel("Пароль").fill(user.password());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Войти")).click();
        assertThat(page).not().hasURL(java.util.regex.Pattern.compile(".*/login.*"));
        return page;
    }
}
