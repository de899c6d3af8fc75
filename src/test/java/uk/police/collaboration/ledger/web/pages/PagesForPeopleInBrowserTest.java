package uk.police.collaboration.ledger.web.pages;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import uk.police.collaboration.ledger.intake.Accepted;
import uk.police.collaboration.ledger.support.LedgerIntegrationTest;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages as a board secretary, an auditor and an FOI officer use them (issue 12): errors that are
 * pages, a programme page that shows everything the ledger holds, finding things, the auditor's
 * timeline, one FOI document, forms that name every mistake, readable charts. Every page state is
 * also checked by axe-core. Shares the one browser of the suite.
 */
@LedgerIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesForPeopleInBrowserTest extends InBrowserTestSupport {

    static final String PART_TWO_TEXT = "Supplier's tendered price is below the second bidder's";
    static final String LONG_MILESTONE = "Telephony platform migrated to the shared control room for both forces";

    String programme;
    String appraisal;
    String decision;
    String riskRaisedEvent;
    String correctionEvent;

    PagesForPeopleInBrowserTest() {
        super("people");
    }

    @BeforeAll
    void start() {
        if (!browserAvailable()) {
            return;
        }
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        programme = "people-" + suffix;
        appraisal = programme + "-options";
        decision = "PPL/" + suffix + "/2020";
        submit("RegisterCollaboration", "2020-01-06", """
                {"collaborationId": "%s", "title": "Zeta Shared Services %s", "scope": "Shared control room and telephony",
                 "parties": [{"partyId": "force-a", "name": "Force A", "kind": "FORCE", "corporationSole": false},
                             {"partyId": "pcc-a", "name": "PCC for Force A", "kind": "PCC", "corporationSole": true},
                             {"partyId": "fire-a", "name": "Fire and Rescue A", "kind": "FIRE_AND_RESCUE", "corporationSole": false}],
                 "leadPartyId": "force-a", "leadOfficer": "T/ACC Example"}""".formatted(programme, suffix));
        submit("AddWorkstream", "2020-01-07", """
                {"collaborationId": "%s", "workstreamId": "control-room", "title": "Control room", "parentWorkstreamId": null, "lead": "Supt A"}"""
                .formatted(programme));
        submit("AddWorkstream", "2020-01-07", """
                {"collaborationId": "%s", "workstreamId": "telephony", "title": "Telephony", "parentWorkstreamId": "control-room", "lead": null}"""
                .formatted(programme));
        submit("RecordProgress", "2020-01-20", """
                {"collaborationId": "%s", "workstreamId": "control-room", "body": "Joint Programme Board", "summary": "Site survey complete"}"""
                .formatted(programme));
        submit("ChangeGovernance", "2020-01-21", """
                {"collaborationId": "%s", "arrangement": "Joint Programme Board reports to both chief officers", "reason": "Simpler reporting", "standsDown": "Steering group"}"""
                .formatted(programme));
        submit("ProposeCostSharing", "2020-01-22", """
                {"collaborationId": "%s", "modelId": "formula-2020", "name": "Funding formula 2020/21", "basis": "FUNDING_FORMULA",
                 "shares": [{"partyId": "force-a", "share": "60.00"}, {"partyId": "pcc-a", "share": "30.00"},
                            {"partyId": "fire-a", "share": "10.00"}]}""".formatted(programme));
        submit("DraftBusinessCase", "2020-01-23", """
                {"businessCaseId": "%s-obc", "collaborationId": "%s", "workstreamId": "control-room", "title": "Control room Outline Business Case",
                 "stage": "OBC", "tranche": null}""".formatted(programme, programme));
        openAppraisalWithTwoOptions(appraisal, programme, "Keep two rooms", "Do nothing", "One shared room", "Merge");
        submit("DraftAgreement", "2020-01-25", """
                {"agreementId": "%s-s22a", "collaborationId": "%s", "kind": "SECTION_22A", "title": "Control room Section 22A agreement",
                 "parties": [{"partyId": "force-a", "name": "Force A", "signatureRequired": true},
                             {"partyId": "fire-a", "name": "Fire and Rescue A", "signatureRequired": false}],
                 "supersedesAgreementId": null, "signBy": null}""".formatted(programme, programme));
        recordPublishedDecision(decision, programme, "Shared control room supplier", List.of("Appoint the supplier", "Review in a year"),
                "Best value of the three bids", PART_TWO_TEXT, "https://example.org/decisions/people");
        Accepted risk = raiseSupplierRisk(programme, "b");
        riskRaisedEvent = risk.eventIds().get(0);
        submit("MitigateRisk", "2020-02-11", """
                {"riskId": "%s-risk", "mitigation": "Weekly supplier calls"}""".formatted(programme));
        correctionEvent = submit("CorrectRecord", "2020-02-12", """
                {"correctionId": "%s-correction", "recordId": "%s-risk", "eventId": "%s",
                 "whatWasWrong": "The paper rates the impact Medium", "correctedFacts": {"impact": "Medium"}}"""
                .formatted(programme, programme, riskRaisedEvent)).eventIds().get(0);
        submit("SetMilestone", "2020-01-15", """
                {"milestoneId": "%s-on-time", "collaborationId": "%s", "title": "Site chosen", "plannedOn": "2020-03-01", "workstreamId": null}"""
                .formatted(programme, programme));
        submit("AchieveMilestone", "2020-03-01", """
                {"milestoneId": "%s-on-time", "note": null}""".formatted(programme));
        submit("SetMilestone", "2020-01-15", """
                {"milestoneId": "%s-late", "collaborationId": "%s", "title": "%s", "plannedOn": "2020-06-01", "workstreamId": null}"""
                .formatted(programme, programme, LONG_MILESTONE));
        submit("AchieveMilestone", "2020-09-15", """
                {"milestoneId": "%s-late", "note": "Three months late"}""".formatted(programme));
        // Enough facts for a timeline of more than one page (50 lines a page).
        for (int i = 1; i <= 45; i++) {
            submit("RecordProgress", "2020-04-%02d".formatted(1 + i % 28), """
                    {"collaborationId": "%s", "workstreamId": null, "body": "Weekly highlight report", "summary": "Highlight report %d"}"""
                    .formatted(programme, i));
        }
        openBrowser();
    }

    @AfterAll
    void say() {
        System.out.println("axe-core has checked " + Axe.CHECKED.size() + " page states so far: " + Axe.CHECKED);
    }

    @Test
    void errorsArePagesInTheLayoutAndTheApiKeepsProblemJson() {
        browser.signIn("board", "demo-board");
        browser.go("/programmes/no-such-programme");
        assertThat(browser.find("h1").getText()).isEqualTo("Page not found");
        assertThat(browser.has("a[href='/programmes']")).as("the header and navigation").isTrue();
        assertThat(browser.find("#signed-in-user").getText()).isEqualTo("board");
        browser.check("error-404-programme");
        HttpResponse<byte[]> missing = browser.fetch("/programmes/no-such-programme/timeline", "text/html");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(new String(missing.body(), StandardCharsets.UTF_8)).contains("Page not found").doesNotContain("\"code\"");

        browser.go("/no/such/page");
        assertThat(browser.find("h1").getText()).isEqualTo("Page not found");
        assertThat(browser.has("#signed-in-role")).isTrue();

        browser.go("/record/RaiseRisk");
        assertThat(browser.find("h1").getText()).isEqualTo("You cannot see this page");
        assertThat(browser.find("#error-role").getText()).contains("board").contains("Programme board").doesNotContain("Sign in");
        assertThat(browser.has("a[href='/registers/decisions']")).isTrue();
        browser.check("error-403-signed-in");

        browser.signOut();
        HttpResponse<byte[]> unknown = browser.fetch("/no/such/page", "text/html,application/xhtml+xml");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("WWW-Authenticate")).as("no password dialog").isEmpty();
        HttpResponse<byte[]> api = browser.fetch("/api/registers/decisions?from=nonsense", "application/json");
        assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void theProgrammePageShowsEverythingTheLedgerHoldsCutToClearance() {
        browser.signIn("secretariat", "demo-secretariat");
        browser.go("/programmes/" + programme);
        browser.refreshUntil(() -> browser.has("#milestone-" + programme + "-late") && browser.text().contains("Weekly supplier calls"),
                "the programme with its last milestone");
        assertThat(browser.all("#contents a")).extracting(WebElement::getText)
                .contains("Workstreams", "Progress", "Business cases", "Governance", "Cost sharing", "Risks", "Decisions");
        assertThat(browser.find("#workstream-table").getText()).contains("Control room").contains("Telephony").contains("Supt A");
        assertThat(browser.find("#progress-table").getText()).contains("Site survey complete").contains("Joint Programme Board");
        assertThat(browser.find("#governance-table").getText()).contains("reports to both chief officers").contains("Steering group");
        assertThat(browser.text()).contains("Control room Outline Business Case").contains("Funding formula 2020/21").contains("60%");
        WebElement risk = browser.find("#risk-" + programme + "-risk");
        assertThat(risk.findElement(By.cssSelector(".risk-likelihood")).getText()).isEqualTo("High");
        assertThat(risk.findElement(By.cssSelector(".risk-impact")).getText()).as("as corrected").isEqualTo("Medium");
        assertThat(risk.findElement(By.cssSelector(".risk-owner")).getText()).isEqualTo("Programme manager");
        assertThat(risk.findElement(By.cssSelector(".risk-mitigation")).getText()).contains("Weekly supplier calls");
        assertThat(risk.findElement(By.cssSelector(".risk-description")).getText()).doesNotContain("Weekly");
        // Record signature only where a signature is required.
        assertThat(browser.all("a[href*='/record/SignAgreement']")).hasSize(1);
        assertThat(browser.find("a[href*='/record/SignAgreement']").getAttribute("href")).contains("partyId=force-a");
        String card = browser.find(".programme-decision").getText();
        assertThat(card).contains("Best value of the three bids").contains("Appoint the supplier").contains("Review in a year")
                .contains("Part Two material withheld").contains("Commercial sensitivity").doesNotContain(PART_TWO_TEXT);
        assertThat(browser.all(".timeline-line-link").size()).as("every item links to its timeline line").isGreaterThan(15);
        browser.check("programme-everything");

        browser.press(".risk-row .timeline-line-link");
        assertThat(browser.driver.getCurrentUrl()).contains("/timeline?event=");
        assertThat(browser.has("#event-" + browser.driver.getCurrentUrl().replaceAll(".*#event-", ""))).isTrue();

        browser.signIn("auditor", "demo-auditor");
        browser.go("/registers/decision?reference=" + enc(decision));
        assertThat(browser.find("#decision-title").getText()).contains(decision);
        assertThat(browser.find("#part-two-warning").getText()).contains("Part Two (exempt)");
        assertThat(browser.find(".part-two-content").getText()).isEqualTo(PART_TWO_TEXT);
        assertThat(browser.text()).contains("exempt information").contains("Not for publication or release");
        browser.check("decision-auditor");

        browser.signIn("board", "demo-board");
        browser.go("/registers/decision?reference=" + enc(decision));
        assertThat(browser.driver.getPageSource()).doesNotContain(PART_TWO_TEXT);
        assertThat(browser.find(".part-two-withheld").getText()).contains("Only auditors see it");
        browser.signOut();
        browser.go("/registers/decision?reference=" + enc(decision));
        assertThat(browser.find("#decision-title").getText()).as("published: the public may read it").contains(decision);
        assertThat(browser.driver.getPageSource()).doesNotContain(PART_TWO_TEXT);
        browser.check("decision-public");
    }

    @Test
    void theProgrammeListGivesFiguresAtAGlanceSearchAndUkSorting() {
        browser.signIn("board", "demo-board");
        browser.go("/programmes");
        browser.refreshUntil(() -> browser.text().contains("Zeta Shared Services"), "the programme in the list");
        assertThat(browser.find("#figures").getText()).contains("open risks").contains("overdue milestones").contains("funding committed");
        List<String> titles = browser.all(".programme-row th a").stream().map(WebElement::getText).toList();
        Collator uk = Collator.getInstance(Locale.UK);
        uk.setStrength(Collator.SECONDARY);
        assertThat(titles).isSortedAccordingTo(uk);
        int eastern = indexOfStart(titles, "Eastern Region");
        int emsou = indexOfStart(titles, "EMSOU");
        if (eastern >= 0 && emsou >= 0) {
            assertThat(eastern).as("Eastern before EMSOU, as a person sorts them").isLessThan(emsou);
        }
        browser.check("programme-list");
        browser.type("q", "zeta shared");
        browser.press("#filter");
        assertThat(browser.all(".programme-row")).hasSize(1);
        assertThat(browser.find(".programme-row .glance-open-risks").getText()).isEqualTo("1");
        new Select(browser.find("#sort")).selectByValue("openRisks");
        browser.press("#filter");
        assertThat(browser.driver.getCurrentUrl()).contains("sort=openRisks").contains("q=zeta");
        HttpResponse<byte[]> csv = browser.fetch(browser.find("#download-csv").getAttribute("href"), "text/csv");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFProgramme,Id,Status").contains(programme);
    }

    @Test
    void registersAndTimelinesAreSearchedFilteredPagedAndDownloaded() {
        browser.go("/registers/decisions?q=" + enc(decision));
        browser.refreshUntil(() -> browser.has(".register-row"), "the published decision in the register");
        assertThat(browser.all(".register-row")).hasSize(1);
        assertThat(browser.find(".register-row").getText()).contains("Published notice of " + decision);
        browser.check("register-search");
        browser.go("/registers/decisions?q=control+room+supplier");
        assertThat(browser.text()).contains(decision);
        browser.go("/registers/decisions?collaboration=" + programme);
        assertThat(browser.find("#programme-filter").getText()).contains("Zeta Shared Services");
        browser.press("#clear-programme");
        assertThat(browser.driver.getCurrentUrl()).doesNotContain("collaboration=");
        HttpResponse<byte[]> csv = browser.fetch("/registers/decisions?format=csv&q=" + enc(decision), "text/csv");
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).startsWith("\uFEFFDate,Reference,Title").contains(decision);
        browser.go("/registers/agreements?sort=-inForce");
        browser.check("agreements-register");
        browser.go("/search?q=" + enc(decision));
        assertThat(browser.find("#search-decisions").getText()).startsWith(decision);
        assertThat(browser.has("#search-programmes")).as("the public find no programmes").isFalse();
        browser.check("search-public");

        browser.signIn("auditor", "demo-auditor");
        browser.go("/search?q=zeta+shared");
        assertThat(browser.find("#search-programmes").getText()).contains("Zeta Shared Services");
        browser.go("/programmes/" + programme + "/timeline");
        browser.refreshUntil(() -> browser.has("#page-next"), "a second page of the timeline");
        assertThat(browser.all(".timeline-line")).hasSize(50);
        assertThat(browser.find("#rows-shown").getText()).startsWith("Showing 1 to 50 of");
        browser.press("#page-next");
        assertThat(browser.find("#rows-shown").getText()).startsWith("Showing 51 to");
        browser.check("timeline-page-2");
        new Select(browser.find("#type")).selectByValue("WorkstreamAdded");
        browser.press("#filter");
        assertThat(browser.all(".timeline-line")).isNotEmpty()
                .allSatisfy(row -> assertThat(row.getAttribute("data-event-type")).isEqualTo("WorkstreamAdded"));
        HttpResponse<byte[]> lines = browser.fetch(browser.find("#download-csv").getAttribute("href"), "text/csv");
        assertThat(new String(lines.body(), StandardCharsets.UTF_8)).startsWith("\uFEFFHappened,").contains("WorkstreamAdded")
                .doesNotContain("RiskRaised");
    }

    @Test
    void theAuditorsTimelineShowsCorrectionsAsOldAndNewWithFullHashesAndUkTimes() {
        browser.signIn("auditor", "demo-auditor");
        browser.go("/programmes/" + programme + "/timeline");
        String corrected = "#event-" + riskRaisedEvent;
        String correction = "#event-" + correctionEvent;
        browser.refreshUntil(() -> browser.has(corrected + ".timeline-corrected") && browser.has(correction + " .ledger-hash"),
                "the corrected risk, sealed");
        assertThat(browser.find(correction + " .timeline-changes").getText()).isEqualTo("Impact: High → Medium");
        assertThat(browser.find(correction).getText()).containsOnlyOnce("The paper rates the impact Medium")
                .doesNotContain(riskRaisedEvent).doesNotContain("correctedFacts");
        assertThat(browser.find(correction + " a.corrected-link").getAttribute("href")).endsWith("#event-" + riskRaisedEvent);
        assertThat(browser.find(corrected + " a.correction-link").getAttribute("href")).endsWith("#event-" + correctionEvent);
        String hash = browser.find(correction + " .ledger-hash").getText();
        assertThat(hash).matches("[0-9a-f]{64}|[A-Za-z0-9+/=_-]{40,}");
        assertThat(browser.find(correction + " a.ledger-hash-link").getAttribute("href")).contains(correctionEvent);
        String recorded = browser.find(correction).findElements(By.tagName("td")).get(2).getText();
        assertThat(recorded).matches("(?s)\\d{1,2} [A-Z][a-z]+ \\d{4}, \\d{2}:\\d{2}:\\d{2} (GMT|BST).*");
        assertThat(browser.find(corrected).findElements(By.tagName("td")).get(0).getText()).isEqualTo("10 February 2020");
        browser.check("timeline-auditor-corrections");
        browser.press(correction + " a.corrected-link");
        assertThat(browser.driver.getCurrentUrl()).endsWith("#event-" + riskRaisedEvent);
    }

    @Test
    void onePrintableFoiDocumentForPagePrintAndPdfWithRequestReferenceAndPageNumbers() throws IOException {
        browser.signIn("foi", "demo-foi");
        browser.go("/foi?produce=yes&collaboration=" + programme + "&request=FOI-2026-0142");
        browser.refreshUntil(() -> browser.text().contains(decision), "the published decision in the FOI pack");
        String page = browser.find("#foi-pack").getText();
        assertThat(page).contains("Report author").contains("Chief Finance Officer").contains("Sign-offs")
                .contains("https://example.org/decisions/people").contains("FOI-2026-0142").contains("Produced on");
        browser.check("foi-document");
        browser.press("#printable");
        String printed = browser.find("#foi-pack").getText();
        for (String field : List.of("Report author", "Sign-offs", "Web address", "https://example.org/decisions/people",
                "Request reference", "FOI-2026-0142", "Produced on", "Withheld")) {
            assertThat(printed).as("the printable has " + field).contains(field);
        }
        assertThat(browser.driver.getPageSource()).doesNotContain(PART_TWO_TEXT);
        browser.check("foi-printable");

        browser.go("/foi?produce=yes&collaboration=" + programme + "&request=FOI-2026-0142");
        HttpResponse<byte[]> pdf = browser.fetch(browser.find("#download-pdf").getAttribute("href"), "application/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains(decision).contains("Report author").contains("Chief Finance Officer")
                    .contains("for request FOI-2026-0142").contains("Page 1 of " + document.getNumberOfPages())
                    .contains("Produced on").contains("https://example.org/decisions/people").doesNotContain(PART_TWO_TEXT);
        }
        HttpResponse<byte[]> csv = browser.fetch(browser.find("#download-csv").getAttribute("href"), "text/csv");
        assertThat(csv.body()[0] & 0xff).as("UTF-8 byte-order mark").isEqualTo(0xEF);
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains("material — Commercial sensitivity").contains(decision);
    }

    @Test
    void formsNameEveryMistakeOfferTheProgrammesOwnRecordsAndAnswerAResubmissionAsAlreadyRecorded() {
        browser.signIn("secretariat", "demo-secretariat");
        browser.go("/record");
        assertThat(browser.all("main a[href^='/record/']").size()).as("a form for every hand-recorded command").isGreaterThanOrEqualTo(40);
        browser.check("record-index");
        browser.go("/record/RecordDecision");
        browser.type("effectiveOn", "");
        browser.press("#submit");
        List<String> summary = browser.all(".govuk-error-summary li").stream().map(WebElement::getText).toList();
        assertThat(summary).contains("Enter reference", "Enter programme id", "Enter title", "Enter decision maker",
                "Enter report author", "Enter the date it happened", "Enter source reference");
        browser.check("form-all-errors");

        browser.go("/record/ApproveOption?collaboration=" + programme + "&appraisalId=" + appraisal);
        Select options = new Select(browser.find("#field-optionId"));
        assertThat(options.getOptions()).extracting(WebElement::getText).anyMatch(t -> t.startsWith("One shared room"));
        assertThat(new Select(browser.find("#field-appraisalId")).getFirstSelectedOption().getAttribute("value")).isEqualTo(appraisal);
        browser.check("form-choices");

        browser.go("/record/MitigateRisk?collaboration=" + programme);
        new Select(browser.find("#field-riskId")).selectByValue(programme + "-risk");
        browser.type("field-mitigation", "Second supplier on standby");
        browser.type("effectiveOn", "2020-02-20");
        browser.type("sourceReference", "JPB 20/02/2020");
        String commandId = browser.find("input[name='commandId']").getAttribute("value");
        browser.press("#submit");
        assertThat(browser.find("#recorded-banner").getText()).contains("Record a mitigation: recorded");
        browser.driver.navigate().back();
        // GOV.UK's button ignores a second press within a second of the first (data-prevent-double-click);
        // a page restored by Back keeps that guard, so wait it out as a person would.
        sleep(1100);
        assertThat(browser.find("input[name='commandId']").getAttribute("value")).as("Back shows the same form").isEqualTo(commandId);
        if (!browser.find("#field-mitigation").getAttribute("value").equals("Second supplier on standby")) {
            browser.type("field-mitigation", "Second supplier on standby"); // a browser that did not keep what was typed
            new Select(browser.find("#field-riskId")).selectByValue(programme + "-risk");
            browser.type("effectiveOn", "2020-02-20");
            browser.type("sourceReference", "JPB 20/02/2020");
        }
        browser.press("#submit");
        assertThat(browser.find("#recorded-banner").getText()).contains("already recorded");
        browser.check("form-already-recorded");
    }

    @Test
    void theMilestoneChartHasMonthTicksFullLabelsAndDistinctMarksForOnTimeAndLate() {
        browser.signIn("board", "demo-board");
        browser.go("/programmes/" + programme);
        browser.refreshUntil(() -> browser.has("svg#milestone-chart path.late"), "the late milestone on the chart");
        assertThat(browser.all("svg#milestone-chart .tick-label").size()).as("month labels").isGreaterThanOrEqualTo(6);
        List<String> ticks = browser.all("svg#milestone-chart .tick-label").stream().map(WebElement::getText).toList();
        assertThat(ticks.get(0)).as("the first tick names its year").matches("[A-Z][a-z]+ 2020");
        assertThat(ticks).contains("Mar", "Jun", "Sept");
        String labels = String.join(" ", browser.all("svg#milestone-chart .row-label tspan").stream()
                .map(l -> l.getAttribute("textContent")).toList());
        assertThat(labels.replaceAll("\\s+", " ")).contains(LONG_MILESTONE);
        assertThat(browser.all("svg#milestone-chart > rect.on-time")).as("marks, not the legend").hasSize(1);
        assertThat(browser.all("svg#milestone-chart > path.late")).hasSize(1);
        assertThat(browser.all("svg#milestone-chart .legend text")).extracting(WebElement::getText)
                .contains("achieved on time", "achieved late", "overdue");
        assertThat(browser.find("#milestone-" + programme + "-late").getText()).contains("Achieved late");
        browser.screenshotOf("svg#milestone-chart", "milestone-chart-on-time-and-late");
        browser.check("programme-charts");
    }

    private static int indexOfStart(List<String> titles, String start) {
        for (int i = 0; i < titles.size(); i++) {
            if (titles.get(i).startsWith(start)) {
                return i;
            }
        }
        return -1;
    }
}
