package org.regia.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.regia.identity.Role;
import org.regia.support.BrowserTest;

/**
 * Issue 9: a programme officer imports the CORDIS participations of German organisations from the imports page and
 * watches the progress bar move (htmx polling) to the result; then an invalid 360Giving file gives its report.
 */
class OpenDataImportBrowserTest extends BrowserTest {

    static final String CORDIS = "cordis/h2020-horizon-europe-participations-germany.csv.gz";
    static final String LLOYDS = "360giving/grants/a002400000OiDBQAA3.json";

    @Test
    void officerImportsCordisFileAndFollowsTheProgressThenReadsTheReportOfAnInvalidFile() {
        assumeTrue(Files.isRegularFile(Path.of("../shared/data").resolve(CORDIS)), "real data absent");
        createUser("officer@example.org", Role.PROGRAMME_OFFICER);
        login("officer@example.org", PASSWORD);

        page.navigate(url("/home"));
        page.locator("#panel-opendata").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Imports")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Imports of external portfolios");
        page.getByLabel("Or a known sample file").selectOption(CORDIS);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the import")).click();

        // the job page: the bar moves while the job runs (htmx replaces the fragment every second)
        assertThat(page.locator("#job-bar")).isVisible();
        Set<String> seen = new LinkedHashSet<>();
        long deadline = System.currentTimeMillis() + 90_000;
        while (System.currentTimeMillis() < deadline) {
            String status = page.locator("#job-progress").getAttribute("data-status");
            seen.add(status + " " + page.locator("#job-bar").getAttribute("value"));
            if (status.equals("SUCCEEDED") || status.equals("FAILED") || status.equals("CANCELLED")) {
                break;
            }
            page.waitForTimeout(300);
        }
        assertThat(seen).as("states seen: %s", seen)
                .anyMatch(s -> s.matches("(VALIDATING|WRITING) ([1-9]|[1-9][0-9])"));
        assertThat(page.locator("#job-status")).hasText("Imported");
        assertThat(page.locator("#count-written")).hasText("36985");
        assertThat(page.locator("#job-outcome")).containsText("36,985 rows imported");
        assertThat(page.locator("#job-rows")).containsText("of 36,985 rows (100 %)");

        // the dataset is on the public open-data page
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See the published datasets")).click();
        assertThat(page.locator("#dataset-cordis-h2020-horizon-europe-participations-germany")).containsText("European Commission (CORDIS)");
        assertThat(page.locator("#dataset-cordis-h2020-horizon-europe-participations-germany")).containsText("CC BY 4.0");

        // an invalid 360Giving file: nothing imported, the report names the field and the rows
        page.navigate(url("/opendata/imports"));
        page.getByLabel("Or a known sample file").selectOption(LLOYDS);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the import")).click();
        assertThat(page.locator("#job-status")).hasText("Not imported", new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(60_000));
        assertThat(page.locator("#job-outcome")).containsText("Nothing was imported");
        Locator openCall = page.locator("#error-summary tr").filter(new Locator.FilterOptions().setHasText("fromOpenCall"));
        assertThat(openCall).containsText("Must be Yes or No");
        assertThat(openCall).containsText("4116");
        assertThat(openCall).containsText("1, 2, 3");
        assertThat(page.locator("#errors tbody tr").first()).containsText("Must be exactly Yes, No");
    }
}
