package uk.police.collaboration.ledger.milestone;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.collaboration.ledger.shared.CommandDocExamples.checkExamples;

class MilestoneCommandDocsTest {

    @Test
    void everyMilestoneCommandHasAValidExampleJournalLine() {
        assertThat(checkExamples("milestone", "uk.police.collaboration.ledger.milestone.api"))
                .containsExactlyInAnyOrder("SetMilestone", "ReviseMilestone", "AchieveMilestone");
    }
}
