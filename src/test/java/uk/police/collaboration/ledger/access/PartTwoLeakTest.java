package uk.police.collaboration.ledger.access;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.police.collaboration.ledger.support.LedgerClient;
import uk.police.collaboration.ledger.support.LedgerIntegrationTest;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Marker strings in a decision's Part Two content and in its redacted passage; every read path
 * (API, exports, pages, error bodies, the log) is asked as every role, and none without the right
 * sees a marker. The auditor (Part Two) and the board (redacted passages) are the controls that
 * prove the markers are there to be found.
 */
@LedgerIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartTwoLeakTest {

    static final String PART_TWO = "PARTTWO-LEAK-MARKER-91X";
    static final String PASSAGE = "REDACTED-LEAK-MARKER-47Q";

    @LocalServerPort
    int port;
    String programme;
    String reference;

    private LedgerClient as(String role) {
        LedgerClient anonymous = new LedgerClient(port);
        return role == null ? anonymous : anonymous.as(role, "demo-" + role);
    }

    private void record(String command, String payload) {
        var answer = as("secretariat").command(command, LedgerClient.newId("cmd"), "2018-07-16", payload);
        assertThat(answer.status()).as(command + " " + answer).isIn(200, 201);
    }

    @BeforeAll
    void aPublishedDecisionWithPartTwoAndARedaction() throws InterruptedException {
        programme = LedgerClient.newId("leak");
        reference = "LEAK/" + programme;
        record("RegisterCollaboration", "{\"collaborationId\":\"" + programme + "\",\"title\":\"Contact Management\",\"scope\":\"s\","
                + "\"parties\":[{\"partyId\":\"essex\",\"name\":\"Essex Police\",\"kind\":\"FORCE\",\"corporationSole\":false}],"
                + "\"leadPartyId\":null,\"leadOfficer\":null}");
        record("RecordDecision", "{\"reference\":\"" + reference + "\",\"collaborationId\":\"" + programme + "\","
                + "\"title\":\"Contact Management Change Project, naming " + PASSAGE + "\",\"decisionMaker\":\"PFCC\","
                + "\"reportAuthor\":\"Ch Insp Ed Wells\",\"reportDate\":\"2018-06-22\",\"recommendations\":[\"Agree £188k; see "
                + PASSAGE + "\"],\"expenditure\":\"188000.00\",\"flaggedSignificant\":false,\"significanceReason\":null,"
                + "\"optionIds\":[],\"agreementIds\":[],\"fundingRequestIds\":[]}");
        record("MakeDecision", "{\"reference\":\"" + reference + "\",\"outcome\":\"AGREED\",\"decidedBy\":\"R.C. Hirst\",\"reasons\":\"Agreed\"}");
        record("DecidePublication", "{\"reference\":\"" + reference + "\",\"forPublication\":true,\"reason\":null}");
        record("RequireRedaction", "{\"reference\":\"" + reference + "\",\"redactionId\":\"r1\",\"part\":\"Decision sheet\","
                + "\"passage\":\"" + PASSAGE + "\",\"exemption\":\"s.40 FOIA personal information\"}");
        record("CompleteRedaction", "{\"reference\":\"" + reference + "\",\"redactionId\":\"r1\",\"signedOffBy\":\"David Lawson\","
                + "\"signedOffRole\":\"CHIEF_EXECUTIVE\"}");
        record("AttachPartTwo", "{\"reference\":\"" + reference + "\",\"partTwoId\":\"p2\",\"content\":\"" + PART_TWO + "\","
                + "\"ground\":\"COMMERCIAL_SENSITIVITY\"}");
        record("PublishDecision", "{\"reference\":\"" + reference + "\",\"url\":null}");
        Instant deadline = Instant.now().plusSeconds(30);
        while (!as("auditor").get("/api/registers/decisions?collaboration=" + programme).body().contains("PUBLISHED")
                && !as("auditor").get("/api/collaborations/" + programme).body().contains("\"publicationStatus\":\"PUBLISHED\"")) {
            assertThat(Instant.now()).as("the decision reaches the read side").isBefore(deadline);
            Thread.sleep(200);
        }
    }

    private List<String> readPaths() {
        String foi = "decision-history?collaboration=" + programme;
        return List.of("/api/collaborations", "/api/collaborations/" + programme,
                "/api/collaborations/" + programme + "?asOf=2018-07-16", "/api/collaborations/" + programme + "/timeline",
                "/api/registers/decisions", "/api/registers/decisions?collaboration=" + programme,
                "/api/registers/agreements", "/api/registers/funding",
                "/api/foi/" + foi, "/api/foi/" + foi + "&format=csv", "/api/foi/" + foi + "&format=html",
                "/", "/programmes", "/programmes/" + programme, "/programmes/" + programme + "/timeline",
                "/registers/decisions", "/registers/decisions?collaboration=" + programme, "/registers/agreements",
                "/foi?collaboration=" + programme, "/foi/" + foi.replace("decision-history", "decision-history.csv"),
                "/foi/" + foi.replace("decision-history", "decision-history.html"));
    }

    private String everythingSeenBy(String role) {
        StringBuilder seen = new StringBuilder();
        for (String path : readPaths()) {
            seen.append(path).append(" -> ").append(as(role).get(path).body()).append('\n');
        }
        return seen.toString();
    }

    @Test
    void noRoleButTheAuditorSeesPartTwoContentAnywhere() {
        for (String role : new String[]{null, "foi", "board", "secretariat"}) {
            assertThat(everythingSeenBy(role)).as("what %s sees", role == null ? "anonymous" : role).doesNotContain(PART_TWO);
        }
        assertThat(as("auditor").get("/api/collaborations/" + programme).body()).as("control").contains(PART_TWO);
    }

    @Test
    void anonymousReadersAndFoiOfficersNeverSeeARedactedPassage() {
        for (String role : new String[]{null, "foi"}) {
            assertThat(everythingSeenBy(role)).as("what %s sees", role == null ? "anonymous" : role).doesNotContain(PASSAGE);
        }
        assertThat(as("board").get("/api/collaborations/" + programme).body()).as("control").contains(PASSAGE);
    }

    @Test
    void aRefusedCommandNeverEchoesPartTwoContent() {
        var refused = as("secretariat").command("AttachPartTwo", LedgerClient.newId("cmd"), "2018-07-16",
                "{\"reference\":\"" + reference + "\",\"partTwoId\":\"p2\",\"content\":\"" + PART_TWO + "\",\"ground\":\"COMMERCIAL_SENSITIVITY\"}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).doesNotContain(PART_TWO);
    }

    @Test
    void theLogNeverHoldsPartTwoContentOrARedactedPassage(CapturedOutput output) {
        everythingSeenBy("auditor");
        everythingSeenBy("board");
        as("secretariat").command("AttachPartTwo", LedgerClient.newId("cmd"), "2018-07-16",
                "{\"reference\":\"" + reference + "\",\"partTwoId\":\"p2\",\"content\":\"" + PART_TWO + "\",\"ground\":\"COMMERCIAL_SENSITIVITY\"}");

        assertThat(output.getAll()).doesNotContain(PART_TWO).doesNotContain(PASSAGE);
    }
}
