package uk.police.collaboration.ledger.correction;

import org.junit.jupiter.api.Test;
import uk.police.collaboration.ledger.correction.api.RecordCorrected;
import uk.police.collaboration.ledger.shared.LedgerJson;

import static org.assertj.core.api.Assertions.assertThat;

/** A correction stored at revision 1 corrected payload fields only: it reads as revision 2 with nothing else corrected. */
class RecordCorrectedUpcasterTest {

    @Test
    void aRevisionOneCorrectionReadsAsRevisionTwo() throws Exception {
        var upcast = RecordCorrectedUpcaster.upcast(LedgerJson.mapper().readTree("""
                {"collaborationId":"essex-contact-management","correctedFacts":{"reportDate":"2018-06-22"},
                 "correctionId":"c1","eventId":"e1","eventType":"DecisionRecorded","recordId":"PFCC/100/2018",
                 "whatWasWrong":"Typed as 12 June"}"""));
        assertThat(upcast).isEqualTo(LedgerJson.mapper().readTree("""
                {"collaborationId":"essex-contact-management","commandId":null,"correctedEffectiveOn":null,
                 "correctedFacts":{"reportDate":"2018-06-22"},"correctedSource":null,"correctionId":"c1","eventId":"e1",
                 "eventType":"DecisionRecorded","recordId":"PFCC/100/2018","whatWasWrong":"Typed as 12 June"}"""));
        RecordCorrected event = LedgerJson.mapper().treeToValue(upcast, RecordCorrected.class);
        assertThat(event.correctedFacts().get("reportDate").asText()).isEqualTo("2018-06-22");
        assertThat(event.correctedEffectiveOn()).isNull();
    }
}
