package uk.police.collaboration.ledger.risk;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.collaboration.ledger.shared.CommandDocExamples.checkExamples;

class RiskCommandDocsTest {

    @Test
    void everyRiskCommandHasAValidExampleJournalLine() {
        assertThat(checkExamples("risk", "uk.police.collaboration.ledger.risk.api"))
                .containsExactlyInAnyOrder("RaiseRisk", "MitigateRisk", "CloseRisk");
    }
}
