package uk.police.collaboration.ledger.web.pages;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.police.collaboration.ledger.intake.Accepted;
import uk.police.collaboration.ledger.intake.CommandEnvelope;
import uk.police.collaboration.ledger.intake.CommandIntake;
import uk.police.collaboration.ledger.shared.LedgerJson;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What every browser test class shares: the ledger on its loopback port, the suite's one browser
 * (signed out before each test, and each test skipped, saying why, where Chromium is missing), and
 * facts set up through the one command door, as the API and the forms record them. The subclass
 * carries @LedgerIntegrationTest and a per-class lifecycle, and records its facts in a @BeforeAll.
 */
abstract class InBrowserTestSupport {

    @LocalServerPort
    int port;

    @Autowired
    CommandIntake intake;

    Browser browser;

    /** Names this class's set-up commands and their paper, so a timeline line says which test wrote it. */
    private final String tag;

    InBrowserTestSupport(String tag) {
        this.tag = tag;
    }

    /** False, with the reason printed, where Chromium or chromedriver is missing: the set-up then records nothing. */
    static boolean browserAvailable() {
        String missing = Browser.missing();
        if (missing != null) {
            System.out.println(missing);
        }
        return missing == null;
    }

    void openBrowser() {
        browser = Browser.shared(port);
    }

    @BeforeEach
    void signedOut() {
        Browser.assumeAvailable();
        browser.signOut();
    }

    /** A command recorded as set-up, from paper TAG-TEST/1, by "browser-test". */
    Accepted submit(String command, String effectiveOn, String payload) {
        try {
            ObjectNode node = (ObjectNode) LedgerJson.mapper().readTree(payload);
            return intake.submit(new CommandEnvelope(command, tag + "-test-" + UUID.randomUUID(), effectiveOn,
                    new CommandEnvelope.SourceReference(tag.toUpperCase(java.util.Locale.UK) + "-TEST/1", null,
                            "Browser test set-up", null), node, null),
                    "browser-test");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An options appraisal opened on 10 January 2020 with a do-nothing option (option-1) and a change (option-2, 18 to 24 months). */
    void openAppraisalWithTwoOptions(String appraisal, String programme, String keepTitle, String keepDescription,
                                     String changeTitle, String changeDescription) {
        submit("OpenAppraisal", "2020-01-10", """
                {"appraisalId": "%s", "collaborationId": "%s", "title": "Future of the control room", "workstreamId": null}"""
                .formatted(appraisal, programme));
        submit("ProposeOption", "2020-01-10", """
                {"appraisalId": "%s", "optionId": "option-1", "title": "%s", "description": "%s",
                 "timescale": null, "doNothing": true}""".formatted(appraisal, keepTitle, keepDescription));
        submit("ProposeOption", "2020-01-10", """
                {"appraisalId": "%s", "optionId": "option-2", "title": "%s", "description": "%s",
                 "timescale": {"minMonths": 18, "maxMonths": 24, "from": "2020-04-01"}, "doNothing": false}"""
                .formatted(appraisal, changeTitle, changeDescription));
    }

    /**
     * A decision of the PCC for Force A (report of 28 January 2020, £75,000) recorded on 1 February 2020 with
     * Part Two content on commercial grounds, agreed on 3 February, ruled for publication and published on 5 February.
     */
    void recordPublishedDecision(String reference, String programme, String title, List<String> recommendations,
                                 String reasons, String partTwo, String url) {
        String recommended = recommendations.stream().map(r -> "\"" + r + "\"").collect(Collectors.joining(", "));
        submit("RecordDecision", "2020-02-01", """
                {"reference": "%s", "collaborationId": "%s", "title": "%s", "decisionMaker": "PCC for Force A",
                 "reportAuthor": "Chief Finance Officer", "reportDate": "2020-01-28", "recommendations": [%s],
                 "expenditure": "75000.00", "flaggedSignificant": false, "significanceReason": null,
                 "optionIds": [], "agreementIds": [], "fundingRequestIds": []}""".formatted(reference, programme, title, recommended));
        submit("AttachPartTwo", "2020-02-01", """
                {"reference": "%s", "partTwoId": "part-two-1", "content": "%s", "ground": "COMMERCIAL_SENSITIVITY"}"""
                .formatted(reference, partTwo));
        submit("MakeDecision", "2020-02-03", """
                {"reference": "%s", "outcome": "AGREED", "decidedBy": "PCC for Force A", "reasons": "%s"}"""
                .formatted(reference, reasons));
        submit("DecidePublication", "2020-02-03", """
                {"reference": "%s", "forPublication": true, "reason": null}""".formatted(reference));
        submit("PublishDecision", "2020-02-05", """
                {"reference": "%s", "url": "%s"}""".formatted(reference, url));
    }

    /** The risk PROGRAMME-risk, "Supplier delay to the telephony" (high, high, the programme manager's), raised on 10 February 2020. */
    Accepted raiseSupplierRisk(String programme, String label) {
        return submit("RaiseRisk", "2020-02-10", """
                {"riskId": "%s-risk", "collaborationId": "%s", "label": "%s", "description": "Supplier delay to the telephony",
                 "likelihood": "High", "impact": "High", "owner": "Programme manager"}""".formatted(programme, programme, label));
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
