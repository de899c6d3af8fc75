package uk.police.collaboration.ledger.web.pages;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import uk.police.collaboration.ledger.support.LedgerIntegrationTest;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The savings and funding registers in a real browser, read as the public reads them (signed out):
 * searched, filtered by the API's parameters, sorted, paged past 50 lines and downloaded as CSV (a
 * byte-order mark, then the header row); and the Record savings form, which names every mistake of an
 * empty form at once, records a paper's table of lines and answers a resubmission after Back as
 * "already recorded". axe-core runs over every page state. Shares the one browser of the suite.
 */
@LedgerIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistersAndSavingsInBrowserTest extends InBrowserTestSupport {

    /** More lines than a page holds (50), in each register. */
    static final int SAVING_LINES = 55;
    static final int INCOME_LINES = 52;

    String programme;
    String title;

    RegistersAndSavingsInBrowserTest() {
        super("registers");
    }

    @BeforeAll
    void start() {
        if (!browserAvailable()) {
            return;
        }
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        programme = "registers-" + suffix;
        // No suffix in the title: the keyword search reads titles, and "07" could be in a random suffix.
        title = "Savings Register Test";
        submit("RegisterCollaboration", "2019-01-07", """
                {"collaborationId": "%s", "title": "%s", "scope": "Shared estates",
                 "parties": [{"partyId": "force-a", "name": "Force A", "kind": "FORCE", "corporationSole": false},
                             {"partyId": "pcc-a", "name": "PCC for Force A", "kind": "PCC", "corporationSole": true}],
                 "leadPartyId": null, "leadOfficer": null}""".formatted(programme, title));
        // Line i: Force A on even i (cashable), the PCC on odd; 2021/22 where i is a multiple of 3, else 2020/21;
        // £100 x i; every 11th a cost increase.
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= SAVING_LINES; i++) {
            lines.append(i == 1 ? "" : ", ").append("""
                    {"partyId": "%s", "financialYear": "%s", "category": "Category %02d", "amount": "%d.00",
                     "cashable": %s, "costIncrease": %s}""".formatted(i % 2 == 0 ? "force-a" : "pcc-a",
                    i % 3 == 0 ? "2021/22" : "2020/21", i, i * 100, i % 2 == 0, i % 11 == 0));
        }
        submit("RecordSavings", "2020-03-01", """
                {"savingsId": "%s-savings", "collaborationId": "%s", "title": "Estates savings", "basis": "As the paper states them",
                 "costSharingModelId": null, "lines": [%s], "statedTotal": null}""".formatted(programme, programme, lines));
        submit("RequestFunding", "2019-04-01", """
                {"fundingRequestId": "%s-fund", "collaborationId": "%s", "amount": "100000.00", "financialYear": "2019/20",
                 "purpose": "Implementation team", "fundingSource": null, "budgetLines": [], "decisionReference": null}"""
                .formatted(programme, programme));
        // Income i: 2020/21 on even i, else 2019/20; from the College of Policing where i is a multiple of 4; £10 x i.
        for (int i = 1; i <= INCOME_LINES; i++) {
            submit("RecordIncome", "2020-04-01", """
                    {"incomeId": "%s-income-%02d", "collaborationId": "%s", "amount": "%d.00", "financialYear": "%s",
                     "receivedFrom": "%s", "description": "Course fees %02d"}""".formatted(programme, i, programme, i * 10,
                    i % 2 == 0 ? "2020/21" : "2019/20", i % 4 == 0 ? "College of Policing" : "Home Office", i));
        }
        openBrowser();
    }

    @Test
    void theSavingsRegisterIsSearchedFilteredSortedPagedAndDownloaded() {
        browser.go("/registers/savings?collaboration=" + programme);
        browser.refreshUntil(() -> browser.has("#page-next"), "a second page of the programme's savings lines");
        assertThat(browser.find("#programme-filter").getText()).contains(title);
        assertThat(browser.all(".register-row")).hasSize(50);
        assertThat(browser.find("#rows-shown").getText()).isEqualTo("Showing 1 to 50 of " + SAVING_LINES + " savings lines");
        browser.check("savings-register-programme");
        browser.press("#page-next");
        assertThat(browser.find("#rows-shown").getText())
                .isEqualTo("Showing 51 to " + SAVING_LINES + " of " + SAVING_LINES + " savings lines");
        assertThat(browser.all(".register-row")).hasSize(SAVING_LINES - 50);
        browser.check("savings-register-page-2");

        browser.type("q", "category 07");
        browser.press("#filter");
        assertThat(browser.all(".register-row")).hasSize(1);
        assertThat(browser.find(".register-row").getText()).contains("Category 07").contains("PCC for Force A").contains("£700.00");
        assertThat(browser.driver.getCurrentUrl()).contains("collaboration=" + programme).doesNotContain("page=");
        browser.check("savings-register-search");

        browser.type("q", "");
        new Select(browser.find("#financialYear")).selectByValue("2021/22");
        new Select(browser.find("#cashable")).selectByValue("no");
        new Select(browser.find("#sort")).selectByValue("-amount");
        browser.press("#filter");
        assertThat(browser.driver.getCurrentUrl()).contains("financialYear=2021%2F22").contains("cashable=no").contains("sort=-amount");
        // The odd multiples of 3 up to 55: 3, 9, ..., 51.
        assertThat(browser.all(".register-row")).hasSize(9).allSatisfy(row -> assertThat(row.getText())
                .contains("2021/22").contains("PCC for Force A"));
        assertThat(browser.all(".register-row").get(0).getText()).contains("£5,100.00");
        browser.check("savings-register-filtered");

        List<String[]> csv = csv(browser.find("#download-csv").getAttribute("href"),
                "\uFEFFProgramme,Programme id,Savings,Party,Financial year,Category,Cashable,Amount,");
        assertThat(csv).hasSize(9).allSatisfy(cells -> assertThat(cells[4] + " " + cells[6]).isEqualTo("2021/22 no"));
        List<BigDecimal> amounts = csv.stream().map(cells -> amount(cells[7])).toList();
        assertThat(amounts).as("largest first, the cost increase (line 33) last and negative")
                .isSortedAccordingTo(Comparator.reverseOrder()).contains(new BigDecimal("-3300.00"));

        new Select(browser.find("#party")).selectByValue("force-a");
        new Select(browser.find("#cashable")).selectByValue("");
        browser.press("#filter");
        assertThat(browser.all(".register-row")).hasSize(9).allSatisfy(row -> assertThat(row.getText()).contains("Force A").doesNotContain("PCC"));
        browser.press("#clear-programme");
        assertThat(browser.driver.getCurrentUrl()).doesNotContain("collaboration=").contains("party=force-a");
        assertThat(browser.has("#programme-filter")).isFalse();
        browser.press("#clear-filters");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/registers/savings");
        browser.check("savings-register-all");
    }

    @Test
    void theFundingRegisterKeepsItsTwoTablesWhilePagingFilteringSortingAndDownloading() {
        browser.go("/registers/funding?collaboration=" + programme);
        browser.refreshUntil(() -> browser.has("#page-next") && browser.has("#funding-shared"), "a second page of the programme's funding");
        assertThat(browser.find("#programme-filter").getText()).contains(title);
        assertThat(browser.find("#rows-shown").getText()).startsWith("Showing 1 to 50 of");
        assertThat(browser.find("#funding-shared").getText()).contains("Whole year").contains("£100,000.00");
        assertThat(browser.all(".register-row")).hasSize(50);
        browser.check("funding-register-programme");
        browser.press("#page-next");
        assertThat(browser.has("#funding-shared")).as("the shared lines came first, on page 1").isFalse();
        assertThat(browser.find("#no-shared").getText()).isEqualTo("No shared funding on this page.");
        assertThat(browser.find("#funding-outside").getText()).contains("Income");
        browser.check("funding-register-page-2");

        new Select(browser.find("#kind")).selectByValue("INCOME");
        new Select(browser.find("#financialYear")).selectByValue("2020/21");
        new Select(browser.find("#sort")).selectByValue("-amount");
        browser.type("q", "college");
        browser.press("#filter");
        // The multiples of 4 up to 52: all even, so 2020/21, and from the College.
        assertThat(browser.all("#funding-outside .register-row")).hasSize(13)
                .allSatisfy(row -> assertThat(row.getText()).contains("College of Policing").contains("2020/21"));
        assertThat(browser.all("#funding-outside .register-row").get(0).getText()).contains("£520.00");
        assertThat(browser.has("#funding-shared")).isFalse();
        assertThat(browser.has("#page-next")).isFalse();
        browser.check("funding-register-filtered");

        List<String[]> csv = csv(browser.find("#download-csv").getAttribute("href"),
                "\uFEFFProgramme,Programme id,Financial year,Kind,Party,Share,Cost-sharing model,Model lapsed,Requested,Allocated,Amount,Received from,Description");
        assertThat(csv).hasSize(13).allSatisfy(cells -> assertThat(cells[3] + " " + cells[11]).isEqualTo("INCOME College of Policing"));
        assertThat(csv.stream().map(cells -> amount(cells[10])).toList()).isSortedAccordingTo(Comparator.reverseOrder());

        browser.press("#clear-filters");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/registers/funding");
    }

    @Test
    void theRecordSavingsFormNamesEveryMistakeRecordsAndAnswersAResubmissionAsAlreadyRecorded() {
        browser.signIn("secretariat", "demo-secretariat");
        browser.go("/programmes/" + programme);
        browser.refreshUntil(() -> browser.has("a[href*='/record/RecordSavings']"), "the Record savings button");
        browser.press("a[href*='/record/RecordSavings']");
        assertThat(browser.find("h1").getText()).isEqualTo("Record savings");
        assertThat(browser.find("#field-collaborationId").getAttribute("value")).isEqualTo(programme);
        browser.check("savings-form");
        browser.type("effectiveOn", "");
        browser.press("#submit");
        List<String> summary = browser.all(".govuk-error-summary li").stream().map(WebElement::getText).toList();
        assertThat(summary).contains("Enter savings id", "Enter title", "Enter basis", "Enter at least one row of saving lines",
                "Enter the date it happened", "Enter source reference");
        assertThat(browser.find("#field-savingsId-error").getText()).contains("Enter savings id");
        browser.check("savings-form-all-errors");

        // A fresh form by GET: Back from the recorded page then returns to it (not to a POST's answer).
        browser.go("/record/RecordSavings?collaborationId=" + programme);
        String savingsId = programme + "-form-savings";
        fillSavings(savingsId);
        String commandId = browser.find("input[name='commandId']").getAttribute("value");
        browser.press("#submit");
        assertThat(browser.find("#recorded-banner").getText()).contains("Record savings: recorded");
        browser.check("savings-form-recorded");

        browser.driver.navigate().back();
        // GOV.UK's button ignores a second press within a second of the first (data-prevent-double-click);
        // a page restored by Back keeps that guard, so wait it out as a person would.
        sleep(1100);
        assertThat(browser.find("input[name='commandId']").getAttribute("value")).as("Back shows the same form").isEqualTo(commandId);
        if (!savingsId.equals(browser.find("#field-savingsId").getAttribute("value"))) {
            fillSavings(savingsId); // a browser that did not keep what was typed
        }
        browser.press("#submit");
        assertThat(browser.find("#recorded-banner").getText()).contains("already recorded");
        browser.check("savings-form-already-recorded");

        browser.signOut();
        browser.go("/registers/savings?collaboration=" + programme + "&q=" + enc("stationery"));
        browser.refreshUntil(() -> browser.has(".register-row"), "the recorded lines in the savings register");
        assertThat(browser.all(".register-row")).as("recorded once").hasSize(2);
        assertThat(browser.text()).contains("Office supplies from the form").contains("£1,250.50");
    }

    private void fillSavings(String savingsId) {
        browser.type("field-savingsId", savingsId);
        browser.type("field-title", "Office supplies from the form");
        browser.type("field-basis", "The paper's table of stationery savings");
        browser.type("field-lines-0-partyId", "force-a");
        browser.type("field-lines-0-financialYear", "2020/21");
        browser.type("field-lines-0-category", "Stationery");
        browser.type("field-lines-0-amount", "1250.50");
        if (!browser.find("#field-lines-0-cashable").isSelected()) {
            browser.find("#field-lines-0-cashable").click();
        }
        browser.type("field-lines-3-partyId", "pcc-a");
        browser.type("field-lines-3-category", "Stationery");
        browser.type("field-lines-3-amount", "80.00");
        browser.type("effectiveOn", "2020-05-01");
        browser.type("sourceReference", "JPB 01/05/2020");
    }

    /** A money cell; a negative one is written formula-safe ("'-3300.00", quoted) so a spreadsheet does not run it. */
    private static BigDecimal amount(String cell) {
        String text = cell.startsWith("\"'-") ? cell.substring(2, cell.length() - 1) : cell;
        return new BigDecimal(text);
    }

    /** The rows of a CSV download after its header, which must start as given (a byte-order mark first). */
    private List<String[]> csv(String href, String headerStart) {
        HttpResponse<byte[]> answer = browser.fetch(href, "text/csv");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(answer.headers().firstValue("Content-Disposition").orElse("")).contains("attachment").contains(".csv");
        assertThat(answer.body()[0] & 0xff).as("UTF-8 byte-order mark").isEqualTo(0xEF);
        String[] lines = new String(answer.body(), StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).startsWith(headerStart);
        // The values written by this test hold no comma or quote, so a split reads them.
        return Arrays.stream(lines).skip(1).map(line -> line.split(",", -1)).toList();
    }
}
