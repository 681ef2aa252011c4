package org.regia.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Browser tests: Playwright drives Debian's Chromium (/usr/bin/chromium, installed by .ci/run) against the running
 * application. Skipped, with the reason, only when Chromium is not installed. A screenshot of the last page of each
 * test is written to target/screenshots.
 */
public abstract class BrowserTest extends IntegrationTest {

    static final Path CHROMIUM = Path.of(System.getProperty("regia.chromium", "/usr/bin/chromium"));

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    protected int port;
    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    static void launch() {
        assumeTrue(!Boolean.getBoolean("regia.skipBrowserTests"), "browser tests switched off (-DskipBrowserTests)");
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium not installed at " + CHROMIUM + ": apt-get install -y chromium");
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
    }

    @AfterEach
    void screenshot(TestInfo info) {
        if (page != null) {
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(Path.of("target/screenshots/" + info.getTestClass().map(Class::getSimpleName).orElse("test")
                            + "-" + info.getTestMethod().map(m -> m.getName()).orElse("x") + ".png")));
        }
        if (context != null) {
            context.close();
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /**
     * Fills the standard RDI form of an open dossier (the page shows it in English) with one work package, answers
     * "No" to the five ethics questions and saves the draft.
     */
    protected void fillStandardForm(String acronym, String summary, String impact, String workPackage) {
        page.getByLabel("Acronym *").fill(acronym);
        page.getByLabel("Project summary *").fill(summary);
        page.getByLabel("Target technology readiness level (TRL) *").fill("5");
        page.getByLabel("Start date *").fill("2027-01-01");
        page.getByLabel("Strategic domain *").selectOption("URBAN_FLOWS");
        page.getByLabel("Impact for the Region *").fill(impact);
        page.getByLabel("Title 1").fill(workPackage);
        page.getByLabel("Duration (months) 1").fill("24");
        for (String q : List.of("Does the project process personal data?", "Could the results have a dual (civil and military) use?",
                "Could the project harm the environment?", "Does the project involve animals?", "Does the project involve human participants?")) {
            page.getByRole(com.microsoft.playwright.options.AriaRole.GROUP, new Page.GetByRoleOptions().setName(q)).getByLabel("No").check();
        }
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the draft")).click();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("#saved")).isVisible();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.getByLabel("Acronym *")).hasValue(acronym);
    }

    protected void login(String email, String password) {
        page.navigate(url("/login"));
        page.getByLabel("E-mail address").fill(email);
        page.getByLabel("Password").fill(password);
        page.locator("form.form button[type=submit]").click();
    }
}
