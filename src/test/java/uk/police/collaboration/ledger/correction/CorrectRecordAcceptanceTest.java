package uk.police.collaboration.ledger.correction;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.police.collaboration.ledger.correction.api.RecordCorrected;
import uk.police.collaboration.ledger.shared.EventApprovals;
import uk.police.collaboration.ledger.shared.LedgerJson;
import uk.police.collaboration.ledger.support.LedgerClient;
import uk.police.collaboration.ledger.support.LedgerIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** CorrectRecord against the real event store: it finds the event it names, and refuses otherwise. */
@LedgerIntegrationTest
class CorrectRecordAcceptanceTest {

    @LocalServerPort
    int port;

    private String raiseRisk(LedgerClient api, String programme, String riskId) {
        var registered = api.command("RegisterCollaboration", LedgerClient.newId("cmd"), "2018-01-10",
                "{\"collaborationId\":\"" + programme + "\",\"title\":\"Single Online Home\",\"scope\":\"s\",\"parties\":[{\"partyId\":\"a\","
                        + "\"name\":\"A\",\"kind\":\"FORCE\",\"corporationSole\":true}],\"leadPartyId\":null,\"leadOfficer\":null}");
        assertThat(registered.status()).isEqualTo(201);
        var raised = api.command("RaiseRisk", LedgerClient.newId("cmd"), "2018-03-22", "{\"riskId\":\"" + riskId
                + "\",\"collaborationId\":\"" + programme + "\",\"label\":\"c\",\"description\":\"Costs not finalised: £2k variance\","
                + "\"likelihood\":null,\"impact\":null,\"owner\":null}");
        return raised.json().get("eventIds").get(0).asText();
    }

    private String correction(String recordId, String eventId, String facts) {
        return "{\"correctionId\":\"" + LedgerClient.newId("corr") + "\",\"recordId\":\"" + recordId + "\",\"eventId\":\""
                + eventId + "\",\"whatWasWrong\":\"The variance is £20k, not £2k\",\"correctedFacts\":" + facts + "}";
    }

    @Test
    void aCorrectionOfAnExistingEventIsRecordedAsItsOwnRecord() {
        LedgerClient api = new LedgerClient(port).as("secretariat", "demo-secretariat");
        String riskId = LedgerClient.newId("risk");
        String eventId = raiseRisk(api, LedgerClient.newId("soh"), riskId);

        var corrected = api.command("CorrectRecord", LedgerClient.newId("cmd"), "2018-04-01",
                correction(riskId, eventId, "{\"description\":\"Costs not finalised: £20k variance\"}"));

        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(201);
        assertThat(corrected.json().get("eventIds")).hasSize(1);
    }

    @Test
    void correctingAFieldTheEventDoesNotHaveIsRefused() {
        LedgerClient api = new LedgerClient(port).as("secretariat", "demo-secretariat");
        String riskId = LedgerClient.newId("risk");
        String eventId = raiseRisk(api, LedgerClient.newId("soh"), riskId);

        var refused = api.command("CorrectRecord", LedgerClient.newId("cmd"), "2018-04-01",
                correction(riskId, eventId, "{\"severity\":\"high\"}"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("code").asText()).isEqualTo("FIELD_NOT_IN_EVENT");
    }

    @Test
    void correctingWithTheSameFactsIsRefused() {
        LedgerClient api = new LedgerClient(port).as("secretariat", "demo-secretariat");
        String riskId = LedgerClient.newId("risk");
        String eventId = raiseRisk(api, LedgerClient.newId("soh"), riskId);

        var refused = api.command("CorrectRecord", LedgerClient.newId("cmd"), "2018-04-01",
                correction(riskId, eventId, "{\"label\":\"c\"}"));

        assertThat(refused.json().get("code").asText()).isEqualTo("NOTHING_TO_CORRECT");
    }

    @Test
    void correctingAnEventOfAnotherRecordIsRefused() {
        LedgerClient api = new LedgerClient(port).as("secretariat", "demo-secretariat");
        String riskId = LedgerClient.newId("risk");
        raiseRisk(api, LedgerClient.newId("soh"), riskId);

        var refused = api.command("CorrectRecord", LedgerClient.newId("cmd"), "2018-04-01",
                correction(riskId, "00000000-0000-0000-0000-000000000000", "{\"label\":\"d\"}"));

        assertThat(refused.json().get("code").asText()).isEqualTo("EVENT_NOT_IN_RECORD");
    }

    @Test
    void movingAnEventToAnotherProgrammeIsRefused() {
        LedgerClient api = new LedgerClient(port).as("secretariat", "demo-secretariat");
        String riskId = LedgerClient.newId("risk");
        String eventId = raiseRisk(api, LedgerClient.newId("soh"), riskId);

        var refused = api.command("CorrectRecord", LedgerClient.newId("cmd"), "2018-04-01",
                correction(riskId, eventId, "{\"collaborationId\":\"elsewhere\"}"));

        assertThat(refused.json().get("code").asText()).isEqualTo("IDENTITY_NOT_CORRECTABLE");
    }

    @Test
    void correctingARecordThatDoesNotExistIsA404() {
        var refused = new LedgerClient(port).as("secretariat", "demo-secretariat").command("CorrectRecord", LedgerClient.newId("cmd"), "2018-04-01",
                correction("no-such-record", "00000000-0000-0000-0000-000000000000", "{\"label\":\"d\"}"));

        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.json().get("code").asText()).isEqualTo("RECORD_NOT_FOUND");
    }

    @Test
    void theStoredShapeOfRecordCorrectedIsApproved() throws Exception {
        EventApprovals.assertStoredShapeApproved(new RecordCorrected("correction-pfcc-100-2018-1", "essex-contact-management",
                "PFCC/100/2018", "5b0d6a4e-0000-4000-8000-000000000001", "DecisionRecorded", "seed-002-record-decision",
                "The report date was typed as 12 June and the sign-off dated 2 June; the paper says 22 June 2018",
                (com.fasterxml.jackson.databind.node.ObjectNode) LedgerJson.mapper().readTree("{\"reportDate\":\"2018-06-22\"}"),
                "2018-06-22", new uk.police.collaboration.ledger.shared.Source("PFCC/100/2018", "Report Approval",
                "Contact Management Change Project", null)));
    }
}
