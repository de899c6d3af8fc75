package uk.police.collaboration.ledger.web.pages;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import uk.police.collaboration.ledger.intake.Accepted;
import uk.police.collaboration.ledger.support.LedgerIntegrationTest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages in a real browser (Debian's headless Chromium): each role signs in and sees only its
 * own pages and buttons; an option approved through a form reaches the timeline; the as-of control
 * changes the state shown; an FOI pack leaves Part Two out; a refused command is explained beside
 * its field. Skipped, with a printed line, where Chromium is not installed.
 */
@LedgerIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesInBrowserTest extends InBrowserTestSupport {

    static final String PART_TWO_TEXT = "Hosting price range under negotiation with the preferred supplier";

    String programme;
    String appraisal;
    String decision;
    String riskRaisedEvent;
    java.time.Instant beforeCorrection;

    PagesInBrowserTest() {
        super("web");
    }

    @BeforeAll
    void start() {
        if (!browserAvailable()) {
            return;
        }
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        programme = "web-test-" + suffix;
        appraisal = programme + "-options";
        decision = "WEB/" + suffix + "/2020";
        submit("RegisterCollaboration", "2020-01-06", """
                {"collaborationId": "%s", "title": "Browser Test Collaboration %s", "scope": "Joint control room",
                 "parties": [{"partyId": "force-a", "name": "Force A", "kind": "FORCE", "corporationSole": false},
                             {"partyId": "pcc-a", "name": "PCC for Force A", "kind": "PCC", "corporationSole": true}],
                 "leadPartyId": null, "leadOfficer": null}""".formatted(programme, suffix));
        openAppraisalWithTwoOptions(appraisal, programme, "Do nothing", "Keep two rooms", "One shared control room", "Merge the rooms");
        recordPublishedDecision(decision, programme, "Shared control room hosting", List.of("Approve hosting"), "Value for money",
                PART_TWO_TEXT, "https://example.org/decisions/web-test");
        Accepted risk = raiseSupplierRisk(programme, "a");
        riskRaisedEvent = risk.eventIds().get(0);
        sleep(1100);
        beforeCorrection = java.time.Instant.now();
        sleep(1100);
        submit("CorrectRecord", "2020-02-12", """
                {"correctionId": "%s-correction", "recordId": "%s-risk", "eventId": "%s",
                 "whatWasWrong": "The paper rates the impact Medium", "correctedFacts": {"impact": "Medium"}}"""
                .formatted(programme, programme, riskRaisedEvent));
        openBrowser();
    }

    @Test
    void eachRoleSeesOnlyItsOwnPagesAndButtons() {
        browser.go("/");
        assertThat(browser.find("h1").getText()).isEqualTo("Decisions register");
        browser.check("decisions-register-anonymous");
        assertThat(browser.has("a[href='/programmes']")).isFalse();
        assertThat(browser.has("a[href='/record']")).isFalse();
        browser.go("/programmes");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/login");

        browser.signIn("secretariat", "demo-secretariat");
        assertThat(browser.find("#signed-in-role").getText()).isEqualTo("Secretariat");
        assertThat(browser.has("a[href='/record']")).isTrue();
        assertThat(browser.has("a[href='/integrity']")).isFalse();
        assertThat(browser.has("a[href='/foi']")).isFalse();

        browser.signIn("board", "demo-board");
        assertThat(browser.find("#signed-in-role").getText()).isEqualTo("Programme board");
        assertThat(browser.find("h1").getText()).isEqualTo("Collaboration programmes");
        assertThat(browser.has("a[href='/record']")).isFalse();
        browser.go("/programmes/" + programme);
        browser.refreshUntil(() -> browser.has("#programme-title"), "the programme page");
        assertThat(browser.has(".approve-option")).as("the board reads but does not record").isFalse();
        browser.go("/record/ApproveOption");
        assertThat(browser.find("h1").getText()).isEqualTo("You cannot see this page");
        browser.check("forbidden-board");

        browser.signIn("auditor", "demo-auditor");
        assertThat(browser.find("#signed-in-role").getText()).isEqualTo("Auditor");
        assertThat(browser.has("a[href='/record']")).isFalse();
        assertThat(browser.has("a[href='/integrity']")).isTrue();

        browser.signIn("foi", "demo-foi");
        assertThat(browser.find("#signed-in-role").getText()).isEqualTo("FOI officer");
        assertThat(browser.find("h1").getText()).isEqualTo("Decision history for release");
        assertThat(browser.has("a[href='/programmes']")).isFalse();
        assertThat(browser.has("a[href='/registers/decisions']")).isTrue();
        browser.go("/programmes/" + programme);
        assertThat(browser.find("h1").getText()).isEqualTo("You cannot see this page");
    }

    @Test
    void anOptionApprovedThroughTheFormAppearsOnTheTimelineAndTheAsOfControlShowsTheStateBefore() {
        browser.signIn("secretariat", "demo-secretariat");
        browser.go("/programmes/" + programme);
        browser.refreshUntil(() -> browser.has("#option-" + appraisal + "-option-2 .approve-option"), "option 2 to approve");
        browser.press("#option-" + appraisal + "-option-2 .approve-option");
        assertThat(browser.find("h1").getText()).isEqualTo("Approve an option");
        assertThat(browser.find("#field-optionId").getAttribute("value")).isEqualTo("option-2");
        browser.type("field-approvedBy", "Joint Programme Board");
        browser.type("field-meeting", "Joint Programme Board, 2 March 2020");
        browser.type("effectiveOn", "2020-03-02");
        browser.type("sourceReference", "JPB 02/03/2020");
        browser.type("sourceTitle", "Control room options paper");
        browser.press("#submit");

        assertThat(browser.find("#recorded-banner").getText()).contains("Approve an option: recorded");
        browser.refreshUntil(() -> browser.find("#approved-option").getText().contains("One shared control room"),
                "the approved option on the programme page");
        browser.check("programme");

        browser.press("#timeline-link");
        browser.refreshUntil(() -> browser.has("tr[data-event-type='OptionApproved']"), "the approval on the timeline");
        browser.check("timeline");
        String line = browser.find("tr[data-event-type='OptionApproved']").getText();
        assertThat(line).contains("2 March 2020").contains("secretariat").contains("JPB 02/03/2020");
        assertThat(browser.find("tr[data-event-type='OptionApproved'] a.source-link").getAttribute("href"))
                .contains("source=JPB");

        // As of the day before the approval, the appraisal was still open.
        browser.go("/programmes/" + programme);
        browser.type("asOf", "2020-03-01");
        browser.press("#clock-show");
        assertThat(browser.find("#clock-notice").getText()).contains("as of 1 March 2020");
        browser.check("programme-as-of");
        assertThat(browser.find("#approved-option").getText()).isEqualTo("None approved");
        browser.type("asOf", "2020-03-02");
        browser.press("#clock-show");
        assertThat(browser.find("#approved-option").getText()).contains("One shared control room");

        // The timeline as of before the approval does not list it.
        browser.go("/programmes/" + programme + "/timeline?asOf=2020-03-01");
        assertThat(browser.has("tr[data-event-type='OptionApproved']")).isFalse();
        assertThat(browser.has("tr[data-event-type='OptionProposed']")).isTrue();
    }

    @Test
    void anAuditorVerifiesTheLedgerFromTheIntegrityPage() {
        browser.signIn("auditor", "demo-auditor");
        browser.go("/integrity");
        assertThat(browser.find("h1").getText()).isEqualTo("Integrity of the ledger");

        browser.press("#verify-now");

        assertThat(browser.has("#verified-ok")).as(browser.text()).isTrue();
        assertThat(browser.find("#last-verification").getText()).contains("OK").contains("events in");
        browser.press("#take-digest");
        assertThat(browser.find("#latest-digest").getText()).contains("records, up to position");
        browser.check("integrity");

        browser.signIn("board", "demo-board");
        browser.go("/integrity");
        assertThat(browser.has("#verify-now")).as("only auditors verify").isFalse();
    }

    @Test
    void aRefusedCommandIsExplainedBesideItsField() {
        browser.signIn("secretariat", "demo-secretariat");
        // Without a programme chosen, the ids are typed (with one, they are picked from lists).
        browser.go("/record/ApproveOption?appraisalId=" + appraisal);
        browser.type("field-optionId", "option-9");
        browser.type("field-approvedBy", "Joint Programme Board");
        browser.type("effectiveOn", "2020-03-02");
        browser.type("sourceReference", "JPB 02/03/2020");
        String commandId = browser.find("input[name='commandId']").getAttribute("value");
        browser.press("#submit");

        assertThat(browser.driver.getTitle()).startsWith("Error: ");
        assertThat(browser.find(".govuk-error-summary").getText()).contains("There is a problem").contains("has no option 'option-9'");
        assertThat(browser.find(".govuk-error-summary a").getAttribute("href")).endsWith("#field-optionId");
        assertThat(browser.find("#field-optionId-error").getText()).contains("has no option 'option-9'");
        browser.check("refusal");
        assertThat(browser.find("#field-optionId").getAttribute("aria-describedby")).contains("field-optionId-error");
        assertThat(browser.find("#field-optionId").getAttribute("value")).isEqualTo("option-9");
        assertThat(browser.find("input[name='commandId']").getAttribute("value")).isEqualTo(commandId);

        // A missing required field is named too.
        browser.go("/record/RaiseRisk?collaborationId=" + programme);
        browser.type("field-riskId", "risk-" + UUID.randomUUID().toString().substring(0, 6));
        browser.type("sourceReference", "JPB 02/03/2020");
        browser.press("#submit");
        assertThat(browser.find("#field-description-error").getText()).contains("Enter description");
    }

    @Test
    void aProgrammeIsRegisteredFromTheListWithItsPartiesInRowsAndABlankRowLeftOut() {
        browser.signIn("secretariat", "demo-secretariat");
        browser.go("/programmes");
        browser.press("#register-programme");
        String id = "rows-" + UUID.randomUUID().toString().substring(0, 6);
        browser.type("field-collaborationId", id);
        browser.type("field-title", "Rows programme");
        browser.type("field-scope", "Joint training");
        browser.type("field-parties-0-partyId", "rows-pcc");
        browser.type("field-parties-2-name", "Rows Police");
        browser.type("effectiveOn", "2020-03-02");
        browser.type("sourceReference", "JPB 02/03/2020");
        browser.press("#submit");
        // Every mistake at once, each beside its own row's cell.
        assertThat(browser.find("#field-parties-0-name-error").getText()).contains("Row 1: enter name");
        assertThat(browser.find("#field-parties-2-partyId-error").getText()).contains("Row 3: enter party id");
        browser.check("rows-refused");

        browser.type("field-parties-0-name", "PCC for Rows");
        new Select(browser.find("#field-parties-0-kind")).selectByValue("PCC");
        browser.type("field-parties-2-partyId", "rows-police");
        new Select(browser.find("#field-parties-2-kind")).selectByValue("FORCE");
        browser.press("#submit");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/programmes/" + id);
        // The programme page is read from the projection, which may be a moment behind the command.
        browser.refreshUntil(() -> browser.text().contains("Rows programme"), "the new programme's page");
        assertThat(browser.text()).contains("PCC for Rows").contains("Rows Police");
    }

    @Test
    void theFoiPackHoldsThePublishedDecisionButNeverItsPartTwo() throws Exception {
        browser.signIn("foi", "demo-foi");
        browser.go("/foi");
        browser.refreshUntil(() -> !browser.driver.findElements(By.cssSelector("#collaboration option[value='" + programme + "']")).isEmpty(),
                "the programme among those with published decisions");
        new Select(browser.find("#collaboration")).selectByValue(programme);
        browser.type("from", "2020-01-01");
        browser.type("to", "2020-12-31");
        browser.press("#produce");

        String pack = browser.find("#foi-pack").getText();
        assertThat(pack).contains(decision).contains("Shared control room hosting").contains("Commercial sensitivity");
        assertThat(browser.driver.getPageSource()).doesNotContain(PART_TWO_TEXT);

        browser.check("foi");
        String csvHref = browser.find("#download-csv").getAttribute("href");
        browser.press("#printable");
        assertThat(browser.find("h1").getText()).contains("Decision history for release");
        assertThat(browser.text()).contains(decision);
        assertThat(browser.driver.getPageSource()).doesNotContain(PART_TWO_TEXT);

        String session = browser.driver.manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(csvHref))
                .header("Cookie", "JSESSIONID=" + session).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("attachment").contains(".csv");
        assertThat(csv.body()).startsWith("\uFEFFProgramme,Reference,Title").contains(decision).doesNotContain(PART_TWO_TEXT);
    }

    @Test
    void aCorrectedLineIsMarkedOnTheTimelineButNotAsKnownBeforeTheCorrection() {
        browser.signIn("auditor", "demo-auditor");
        browser.go("/programmes/" + programme + "/timeline");
        String row = "#event-" + riskRaisedEvent;
        browser.refreshUntil(() -> browser.has(row + ".timeline-corrected"), "the corrected risk on the timeline");
        assertThat(browser.find(row).getText()).contains("Corrected").contains("As corrected:");
        assertThat(browser.text()).contains("What was wrong: The paper rates the impact Medium");
        browser.check("timeline-corrected");

        browser.type("knownAt", beforeCorrection.toString());
        browser.press("#clock-show");
        assertThat(browser.find("#clock-notice").getText()).contains("as the ledger knew it at");
        browser.check("timeline-known-at");
        assertThat(browser.has(row)).isTrue();
        assertThat(browser.has(row + ".timeline-corrected")).as("not yet corrected as known then").isFalse();
        assertThat(browser.text()).doesNotContain("What was wrong: The paper rates the impact Medium");
    }

    @Test
    void aJournalIsUploadedAndEveryLineAnswered() {
        browser.signIn("secretariat", "demo-secretariat");
        browser.go("/journal");
        String risk = "journal-risk-" + UUID.randomUUID().toString().substring(0, 6);
        String line = "{\"command\": \"RaiseRisk\", \"commandId\": \"" + risk + "\", \"effectiveOn\": \"2020-03-04\", "
                + "\"source\": {\"reference\": \"JPB 04/03/2020\"}, \"payload\": {\"riskId\": \"" + risk + "\", "
                + "\"collaborationId\": \"" + programme + "\", \"description\": \"Staff turnover\"}}";
        String refused = "{\"command\": \"ApproveOption\", \"commandId\": \"" + risk + "-approve\", \"effectiveOn\": \"2020-03-04\", "
                + "\"source\": {\"reference\": \"JPB 04/03/2020\"}, \"payload\": {\"appraisalId\": \"" + appraisal + "\", "
                + "\"optionId\": \"option-7\", \"approvedBy\": \"Board\"}}";
        browser.type("lines", "# two lines\n" + line + "\n" + refused + "\n");
        browser.find("label[for='onRefusal-continue']").click();
        browser.press("#upload");
        String table = browser.find("#journal-lines").getText();
        browser.check("journal-answered");
        assertThat(table).contains("RaiseRisk").contains("Recorded").contains("ApproveOption").contains("Refused")
                .contains("has no option 'option-7'");
    }

    @Test
    void theSameFormSubmittedTwiceRecordsOnce() throws Exception {
        browser.signIn("secretariat", "demo-secretariat");
        browser.go("/record/RaiseRisk?collaborationId=" + programme);
        String riskId = "risk-twice-" + UUID.randomUUID().toString().substring(0, 6);
        String form = "_csrf=" + enc(browser.find("input[name='_csrf']").getAttribute("value"))
                + "&commandId=" + enc(browser.find("input[name='commandId']").getAttribute("value"))
                + "&collaboration=&p.riskId=" + enc(riskId) + "&p.collaborationId=" + enc(programme)
                + "&p.description=" + enc("Submitted twice by an impatient hand") + "&effectiveOn=2020-03-03&sourceReference=JPB+03%2F03%2F2020";
        String session = browser.driver.manage().getCookieNamed("JSESSIONID").getValue();
        HttpClient http = HttpClient.newHttpClient();
        for (int attempt = 1; attempt <= 2; attempt++) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(browser.url("/record/RaiseRisk")))
                    .header("Cookie", "JSESSIONID=" + session).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as("attempt " + attempt + " is answered as recorded, not refused").isEqualTo(302);
            assertThat(answer.headers().firstValue("Location").orElse("")).endsWith("/programmes/" + programme);
        }
        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(URI.create(browser.url("/record/RaiseRisk")))
                .header("Cookie", "JSESSIONID=" + session).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.replaceFirst("_csrf=[^&]*&", ""))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).as("a form without the session's CSRF token is refused").isEqualTo(403);
        browser.go("/programmes/" + programme);
        browser.refreshUntil(() -> browser.text().contains("Submitted twice by an impatient hand"), "the risk");
        browser.go("/programmes/" + programme + "/timeline?type=RiskRaised");
        assertThat(browser.driver.findElements(By.cssSelector("tr[data-event-type='RiskRaised']")).stream()
                .peek(row -> System.out.println("RiskRaised line: " + row.getText()))
                .filter(row -> row.getText().contains("JPB 03/03/2020")).count()).isEqualTo(1);
    }

    @Test
    void theProgrammePicturesAreDrawnWithTablesBesideThem() {
        browser.signIn("board", "demo-board");
        browser.go("/programmes/gloucestershire-single-online-home");
        browser.refreshUntil(() -> browser.has("svg#milestone-chart"), "the milestone chart of a seed programme");
        assertThat(browser.find("svg#milestone-chart").getAttribute("role")).isEqualTo("img");
        assertThat(browser.find("svg#milestone-chart").getAttribute("aria-labelledby")).isEqualTo("milestone-chart-title milestone-chart-desc");
        assertThat(browser.driver.findElements(By.cssSelector("svg#milestone-chart circle")).size()).isGreaterThanOrEqualTo(4);
        assertThat(browser.find("#milestone-table").getText()).contains("Constabulary's first SOH payment").contains("1 April 2019");
        assertThat(browser.find("#milestone-table").getText()).contains("Overdue");
        browser.screenshotOf("svg#milestone-chart", "milestone-chart");
        browser.check("programme-seed-gloucestershire");

        browser.go("/programmes/essex-contact-management");
        browser.refreshUntil(() -> browser.has("svg#funding-chart"), "the funding chart of a seed programme");
        assertThat(browser.find("#funding-table").getText()).contains("2018/19").contains("£188,000.00");
        assertThat(browser.find("#funding-requests").getText()).contains("2018/19").contains("£188,000.00");
        assertThat(browser.find("svg#funding-chart").getText()).contains("£188,000.00");
        browser.screenshotOf("svg#funding-chart", "funding-chart");
    }
}
