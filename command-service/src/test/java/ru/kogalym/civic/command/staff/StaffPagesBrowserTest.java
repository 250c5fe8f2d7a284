package ru.kogalym.civic.command.staff;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import com.microsoft.playwright.options.SelectOption;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.kogalym.civic.command.web.ApiTestSupport;
import ru.kogalym.civic.command.web.Http;
import ru.kogalym.civic.contract.meeting.MeetingHeldEvent;
import ru.kogalym.civic.contract.nco.LegalForm;
import ru.kogalym.civic.contract.nco.NcoRegisteredEvent;
import ru.kogalym.civic.contract.raid.RaidRecordedEvent;
import ru.kogalym.civic.contract.support.SupportRecordedEvent;
import ru.kogalym.civic.identity.SystemChromium;
import ru.kogalym.civic.identity.TestUsers;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff pages in a real browser (the system's headless Chromium, driven by Playwright): logging in, the 2020
 * scenario, a raid recorded from its form, and a refused raid whose API message stands beside the field.
 */
class StaffPagesBrowserTest extends ApiTestSupport {

    /**
     * The README shows it: {@code -Dcivic.screenshots=../docs/screenshots} refreshes it there. Not by default, as the
     * browser's rendering differs by a few pixels between runs, and a test run should leave the working tree clean.
     */
    private static final Path SCREENSHOT = Path.of(System.getProperty("civic.screenshots", "target/screenshots"))
                                               .resolve("staff-raid-form-error.png");

    private static SystemChromium chromium;

    private BrowserContext context;
    private Page page;

    @BeforeAll
    static void launch() {
        // two cores shared with other builds: an answer may take seconds, and waiting longer costs a passing run nothing
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        chromium = SystemChromium.launch();
    }

    @AfterAll
    static void close() {
        chromium.close();
    }

    @BeforeEach
    void newBrowserContext() {
        context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(420, 1100).setLocale("ru-RU"));
        page = context.newPage();
    }

    @AfterEach
    void closeBrowserContext() {
        context.close();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void logIn(TestUsers.Credentials user) {
        page.navigate(url("/"));
        assertThat(page).hasURL(url("/login"));
        page.getByLabel("Имя пользователя").fill(user.username());
        page.getByLabel("Пароль").fill(user.password());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Войти")).click();
        assertThat(page).hasURL(url("/"));
    }

    private void fillRaid(String participants, String leaflets) {
        page.getByLabel("Дата проведения").fill("2020-11-20");
        page.getByLabel("Место проведения").fill("Площадь по улице Мира");
        page.getByLabel("Цель").fill("Разъяснение масочного режима, раздача памяток");
        page.getByLabel("Участвующие НКО").fill(participants);
        page.getByLabel("Роздано памяток").fill(leaflets);
        submit();
    }

    /** The id the success message names, checked against its link to the record on the query-service. */
    private String recordedId(String readPath, String suffix) {
        Locator success = page.getByRole(AriaRole.STATUS);
        String href = success.getByRole(AriaRole.LINK).getAttribute("href");
        assertThat(href).startsWith(QUERY_SERVICE + readPath).endsWith(suffix);
        String id = href.substring((QUERY_SERVICE + readPath).length(), href.length() - suffix.length());
        assertThat(success).containsText("идентификатор " + id + ".");
        return id;
    }

    private <T> T recorded(Class<T> type, Predicate<T> which) {
        return allEvents().stream().map(TrackedEventMessage::getPayload).filter(type::isInstance).map(type::cast)
                .filter(which).reduce((first, second) -> {
                    throw new AssertionError("recorded twice: " + first);
                }).orElseThrow(() -> new AssertionError("not recorded"));
    }

    /** The same NCO in every run (registering it again is the same request, so changes nothing): the same picture. */
    private String screenshotNco() {
        Http.Reply reply = http.postJson("/api/ncos", """
                {"id": "nco-edinstvo-test", "fullName": "Местная общественная организация «Единство»",
                 "legalForm": "LOCAL_PUBLIC_ORGANIZATION", "registeredOn": "2015-03-12"}""");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return "nco-edinstvo-test";
    }

    private void submit() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Записать")).click();
    }

    @Test
    void staffLogInLoadThe2020ScenarioAndRecordARaidThatIsStoredWithTheIdThePageShows() {
        logIn(TestUsers.STAFF);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Загрузить сценарий 2020 года")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Загрузить сценарий 2020")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Сценарий загружен",
                new LocatorAssertions.ContainsTextOptions().setTimeout(180_000));

        page.navigate(url("/staff/raids"));
        fillRaid("nco-edinstvo, nco-nur", "75");

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Рейд записан, идентификатор ");
        String raidId = recordedId("/api/audit/records/", "/events");
        RaidRecordedEvent raid = recorded(RaidRecordedEvent.class, event -> event.raidId().equals(raidId));
        assertThat(raid.heldOn()).isEqualTo(LocalDate.of(2020, 11, 20));
        assertThat(raid.participantNcoIds()).containsExactly("nco-edinstvo", "nco-nur");
        assertThat(raid.leafletsDistributed()).isEqualTo(75);
        assertThat(allEvents()).filteredOn(event -> event.getPayload() instanceof RaidRecordedEvent recordedRaid
                        && recordedRaid.raidId().equals(raidId)).singleElement()
                .satisfies(event -> assertThat(event.getMetaData()).containsEntry("issuedBy", "test-staff"));
    }

    @Test
    void anNcoItsSupportAndAMeetingRecordedFromTheirFormsAreStoredAsEntered() {
        logIn(TestUsers.STAFF);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Зарегистрировать НКО")).click();
        assertEveryControlIsLabelled();
        page.getByLabel("Полное наименование").fill("Местная общественная организация «Согласие»");
        page.getByLabel("Организационно-правовая форма").selectOption(new SelectOption()
                .setLabel("Местная общественная организация"));
        page.getByLabel("Дата включения в муниципальный реестр").fill("2016-04-01");
        page.getByLabel("Дата регистрации в Минюсте").fill("2016-02-01");
        submit();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("НКО зарегистрирована");
        String ncoId = recordedId("/api/ncos/", "");
        NcoRegisteredEvent nco = recorded(NcoRegisteredEvent.class, event -> event.ncoId().equals(ncoId));
        assertThat(nco.legalForm()).isEqualTo(LegalForm.LOCAL_PUBLIC_ORGANIZATION);
        assertThat(nco.registeredOn()).isEqualTo(LocalDate.of(2016, 4, 1));
        assertThat(nco.stateRegistration().registeredOn()).isEqualTo(LocalDate.of(2016, 2, 1));

        page.navigate(url("/staff/support"));
        assertEveryControlIsLabelled();
        page.getByLabel("НКО (идентификатор)").fill(ncoId);
        page.getByLabel("Вид").selectOption(new SelectOption().setLabel("Финансовая"));
        page.getByLabel("Дата оказания").fill("2020-05-01");
        page.getByLabel("Описание").fill("Субсидия на праздник");
        page.getByLabel("Сумма, руб.").fill("150 000,50");
        page.getByLabel("Кем оказана").fill("Администрация города Когалыма");
        submit();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Поддержка записана");
        String supportId = recordedId("/api/audit/records/", "/events");
        assertThat(recorded(SupportRecordedEvent.class, event -> event.supportId().equals(supportId)).amountKopecks())
                .isEqualTo(15_000_050L);

        page.navigate(url("/staff/meetings"));
        assertEveryControlIsLabelled();
        page.getByLabel("Вид").selectOption(new SelectOption().setLabel("Рабочее совещание"));
        page.getByLabel("Тема").fill("Межнациональное согласие");
        page.getByLabel("Дата проведения").fill("2020-05-14");
        page.getByLabel("Место").fill("Дом Дружбы");
        submit();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Встреча записана");
        String meetingId = recordedId("/api/audit/records/", "/events");
        assertThat(recorded(MeetingHeldEvent.class, event -> event.meetingId().equals(meetingId)).participantNcoIds())
                .isEmpty();
    }

    private void assertEveryControlIsLabelled() {
        Object unlabelled = page.evaluate("() => Array.from(document.querySelectorAll('input, select, textarea'))"
                + ".filter(control => control.type !== 'hidden' && control.labels.length === 0).map(c => c.name)");
        assertThat((List<?>) unlabelled).isEmpty();
    }

    @Test
    void aRaidWithAnInvalidFieldShowsTheApisOwnMessageBesideThatFieldAndRecordsNothing() {
        String nco = screenshotNco();
        Http.Reply api = http.responsesOnly().postJson("/api/raids", """
                {"heldOn": "2020-11-20", "location": "Площадь по улице Мира", "purpose": "Разъяснение масочного \
                режима, раздача памяток", "participantNcoIds": ["%s"], "leafletsDistributed": -5}""".formatted(nco),
                Map.of("Accept-Language", "ru"));
        assertProblem(api, 400, "leafletsDistributed");
        String message = api.json().path("detail").asText().substring("leafletsDistributed: ".length());
        assertThat(message).isEqualTo("не может быть отрицательным");
        logIn(TestUsers.STAFF);
        page.navigate(url("/staff/raids"));
        int before = allEvents().size();

        fillRaid(nco, "-5");

        Locator leaflets = page.getByLabel("Роздано памяток");
        assertThat(page.locator("[id='error-leafletsDistributed']")).hasText(message);
        assertThat(leaflets).hasAttribute("aria-invalid", "true");
        assertThat(leaflets).isFocused();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("исправьте отмеченные поля");
        assertThat(page.locator("[id='error-location']")).isHidden();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOT).setFullPage(true));
        assertThat(allEvents()).hasSize(before);
    }

    @Test
    void anUnknownNcoAmongTheParticipantsIsShownBesideTheParticipantsAndNothingIsRecorded() {
        String nco = registeredNco();
        logIn(TestUsers.STAFF);
        page.navigate(url("/staff/raids"));
        int before = allEvents().size();

        fillRaid(nco + "\nnco-nobody-knows", "10");

        assertThat(page.locator("[id='error-participantNcoIds']")).hasText("нет НКО «nco-nobody-knows»");
        assertThat(page.getByLabel("Участвующие НКО")).hasAttribute("aria-invalid", "true");

        // the English page asks for English, though the browser's own language is Russian
        page.navigate(url("/staff/raids?lang=en"));
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        page.getByLabel("Held on").fill("2020-11-20");
        page.getByLabel("Location").fill("Площадь по улице Мира");
        page.getByLabel("Purpose").fill("Разъяснение масочного режима, раздача памяток");
        page.getByLabel("Taking part: NCOs").fill(nco + "\nnco-nobody-knows");
        page.getByLabel("Leaflets handed out").fill("10");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record").setExact(true)).click();
        assertThat(page.locator("[id='error-participantNcoIds']")).hasText("unknown NCO nco-nobody-knows");
        assertThat(page.getByLabel("Taking part: NCOs")).hasAttribute("aria-invalid", "true");
        assertThat(allEvents()).hasSize(before);
    }

    @Test
    void thePagesAreRussianUntilEnglishIsChosenAndThenRememberIt() {
        page.navigate(url("/login"));
        assertThat(page.locator("html")).hasAttribute("lang", "ru");
        assertThat(page.getByLabel("Имя пользователя")).isVisible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
        assertThat(page.getByLabel("User name")).isVisible();
        page.navigate(url("/login"));
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))).isVisible();
    }

    @Test
    void aWrongPasswordStaysOnTheLoginPageWithAMessage() {
        page.navigate(url("/login"));
        page.getByLabel("Имя пользователя").fill(TestUsers.STAFF.username());
        page.getByLabel("Пароль").fill("not-the-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Войти")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Неверное имя пользователя или пароль");
    }

    @Test
    void whoIsNotStaffSeesNoFormsAndCannotOpenOne() {
        logIn(TestUsers.ANALYST);
        assertThat(page.getByText("Вносить записи могут только сотрудники")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Записать рейд"))).hasCount(0);
        assertThat(page.navigate(url("/staff/raids")).status()).isEqualTo(403);
    }

    @Test
    void thePagesSessionAuthenticatesNothingUnderTheApi() {
        logIn(TestUsers.STAFF);
        String raid = """
                {"heldOn": "2020-11-20", "location": "Мира", "purpose": "Памятки", "participantNcoIds": [],
                 "leafletsDistributed": 1}""";
        APIResponse api = page.request().post(url("/api/raids"), RequestOptions.create()
                .setHeader("Content-Type", "application/json").setData(raid));
        assertThat(api.status()).isEqualTo(401);
        assertThat(api.headers().get("content-type")).startsWith("application/problem+json");
        assertThat(api.headers().get("www-authenticate")).startsWith("Basic");

        // the form's own address wants the page's CSRF token besides the session
        APIResponse forged = page.request().post(url("/staff/raids"), RequestOptions.create()
                .setHeader("Content-Type", "application/json").setData(raid));
        assertThat(forged.status()).isEqualTo(403);
    }

    /**
     * From the keyboard alone: Tab reaches the raid form's fields in the order they stand and then its button, Enter
     * in a field and Space on the button each send it; and on a phone (390 px) no staff page scrolls sideways.
     */
    @Test
    void theRaidFormWorksFromTheKeyboardAndNoStaffPageScrollsSidewaysOnAPhone() {
        String nco = screenshotNco();
        logIn(TestUsers.STAFF);
        page.navigate(url("/staff/raids"));
        List<String> reached = new java.util.ArrayList<>();
        String onTheFormsButton = "document.activeElement.type === 'submit'"
                + " && !!document.activeElement.closest('main form')";
        for (int i = 0; i < 60 && !Boolean.TRUE.equals(page.evaluate(onTheFormsButton)); i++) {
            page.keyboard().press("Tab");
            String id = (String) page.evaluate("document.activeElement.id");
            if (!id.isEmpty() && (reached.isEmpty() || !reached.get(reached.size() - 1).equals(id))) {
                reached.add(id);
            }
        }
        assertThat(reached).containsSubsequence("heldOn", "location", "purpose", "participantNcoIds", "officials",
                "leafletsDistributed", "residentsReached");
        assertThat((Boolean) page.evaluate(onTheFormsButton)).isTrue();

        // a recorded raid empties the form, so each sending fills it anew
        java.util.function.IntConsumer fill = leaflets -> {
            page.getByLabel("Дата проведения").fill("2020-11-21");
            page.getByLabel("Место проведения").fill("Сквер у Дома Дружбы");
            page.getByLabel("Цель").fill("Разъяснение масочного режима");
            page.getByLabel("Участвующие НКО").fill(nco);
            page.getByLabel("Роздано памяток").fill(String.valueOf(leaflets));
        };
        fill.accept(30);
        page.getByLabel("Место проведения").focus();
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Рейд записан, идентификатор ");
        String byEnter = recordedId("/api/audit/records/", "/events");

        fill.accept(31);
        page.locator("#residentsReached").focus();
        page.keyboard().press("Tab");
        assertThat((Boolean) page.evaluate(onTheFormsButton)).isTrue();
        page.keyboard().press("Space");
        assertThat(page.getByRole(AriaRole.STATUS)).not().containsText(byEnter);
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Рейд записан, идентификатор ");
        String bySpace = recordedId("/api/audit/records/", "/events");
        assertThat(recorded(RaidRecordedEvent.class, event -> event.raidId().equals(bySpace)).leafletsDistributed())
                .isEqualTo(31);

        page.setViewportSize(390, 844);
        for (String path : List.of("/", "/staff/ncos", "/staff/meetings", "/staff/raids", "/staff/support",
                "/staff/scenario")) {
            page.navigate(url(path));
            assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                    .as(path).isTrue();
        }
        context.clearCookies();
        page.navigate(url("/login"));
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                .as("/login").isTrue();
    }
}
