package uk.police.collaboration.ledger.decision;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.collaboration.ledger.shared.CommandDocExamples.checkExamples;

class DecisionCommandDocsTest {

    @Test
    void everyDecisionCommandHasAValidExampleJournalLine() {
        assertThat(checkExamples("decision", "uk.police.collaboration.ledger.decision.api"))
                .containsExactlyInAnyOrder("RecordDecision", "RecordSignOff", "MakeDecision", "DecidePublication",
                        "RequireRedaction", "CompleteRedaction", "AttachPartTwo", "PublishDecision");
    }
}
