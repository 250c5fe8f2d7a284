package ru.kogalym.civic.identity;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Playwright driving the machine's own Chromium, for every module's browser tests (Debian's {@code chromium}, which {@code .ci/run} installs): the
 * tests download no browser, and the browser itself reaches for nothing but the service under test.
 */
public final class SystemChromium implements AutoCloseable {

    public static final Path EXECUTABLE = Path.of(System.getProperty("civic.chromium", "/usr/bin/chromium"));
    private static final List<String> ARGUMENTS = List.of(
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking");

    private final Playwright playwright;
    private final Browser browser;

    private SystemChromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static SystemChromium launch() {
        if (!Files.isExecutable(EXECUTABLE)) {
            throw new IllegalStateException(EXECUTABLE + " is missing: install Debian's chromium (.ci/run does)");
        }
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            return new SystemChromium(playwright, playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(EXECUTABLE).setHeadless(true).setArgs(ARGUMENTS)));
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    public Browser browser() {
        return browser;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
