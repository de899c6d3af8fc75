package uk.police.collaboration.ledger.appraisal;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.police.collaboration.ledger.appraisal.api.AppraisalOpened;
import uk.police.collaboration.ledger.appraisal.api.AppraisalStage;
import uk.police.collaboration.ledger.appraisal.api.ApproveOption;
import uk.police.collaboration.ledger.appraisal.api.DiscardOption;
import uk.police.collaboration.ledger.appraisal.api.OptionApproved;
import uk.police.collaboration.ledger.appraisal.api.OptionDiscarded;
import uk.police.collaboration.ledger.appraisal.api.OptionProposed;
import uk.police.collaboration.ledger.appraisal.api.OptionsConsideredStated;
import uk.police.collaboration.ledger.appraisal.api.ProposeOption;
import uk.police.collaboration.ledger.appraisal.api.StateOptionsConsidered;

import static uk.police.collaboration.ledger.shared.Refusals.ruleViolation;

/** Every option an appraisal considered, including those that fell at the long list (Kent & Essex CMCR, national forensics). */
class OptionsConsideredTest {

    static final String ID = "kent-essex-cmcr-options";
    static final String PROGRAMME = "kent-essex-cmcr";
    static final AppraisalOpened OPENED = new AppraisalOpened(ID, PROGRAMME, "CMCR options", null);
    static final OptionProposed DO_NOTHING = new OptionProposed(ID, PROGRAMME, "do-nothing", "Do Nothing", "Baseline",
            null, true);
    static final OptionDiscarded FELL = new OptionDiscarded(ID, PROGRAMME, "long-list-a", "Merge control rooms", null,
            AppraisalStage.LONG_LIST, "Not short-listed");

    private FixtureConfiguration<Appraisal> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Appraisal.class);
    }

    @Test
    void anOptionDiscardedAtTheLongListIsRecordedWithItsStage() {
        fixture.given(OPENED)
                .when(new DiscardOption(ID, "long-list-a", "Merge control rooms", null, AppraisalStage.LONG_LIST,
                        "Not short-listed"))
                .expectEvents(FELL);
    }

    @Test
    void aLongListIsRecordedEvenAfterTheAppraisalIsSettled() {
        fixture.given(OPENED, DO_NOTHING, new OptionApproved(ID, PROGRAMME, "do-nothing", "Chief Officers", null, null))
                .when(new DiscardOption(ID, "long-list-a", "Merge control rooms", null, AppraisalStage.LONG_LIST,
                        "Not short-listed"))
                .expectEvents(FELL);
    }

    @Test
    void aDiscardedOptionCannotBeProposedUnderTheSameId() {
        fixture.given(OPENED, FELL)
                .when(new ProposeOption(ID, "long-list-a", "Merge control rooms", "Again", null, false))
                .expectException(ruleViolation("DUPLICATE_OPTION", "long-list-a"))
                .expectNoEvents();
    }

    @Test
    void aDiscardedOptionCannotBeApproved() {
        fixture.given(OPENED, FELL)
                .when(new ApproveOption(ID, "long-list-a", "Chief Officers", null, null))
                .expectException(ruleViolation("OPTION_UNKNOWN"))
                .expectNoEvents();
    }

    @Test
    void theNumberOfOptionsAPaperSaysWereConsideredIsRecorded() {
        fixture.given(OPENED, DO_NOTHING, FELL)
                .when(new StateOptionsConsidered(ID, AppraisalStage.LONG_LIST, 5, "A range of five options"))
                .expectEvents(new OptionsConsideredStated(ID, PROGRAMME, AppraisalStage.LONG_LIST, 5,
                        "A range of five options"));
    }

    @Test
    void aStatedCountBelowTheOptionsHeldAtThatStageIsRefused() {
        fixture.given(OPENED, DO_NOTHING, FELL)
                .when(new StateOptionsConsidered(ID, AppraisalStage.LONG_LIST, 1, "One option"))
                .expectException(ruleViolation("COUNT_BELOW_RECORDED", "2 options", "long list"))
                .expectNoEvents();
    }

    @Test
    void anOptionThatFellAtTheLongListDoesNotCountOnTheShortList() {
        fixture.given(OPENED, DO_NOTHING, FELL)
                .when(new StateOptionsConsidered(ID, AppraisalStage.SHORT_LIST, 1, "The short list"))
                .expectEvents(new OptionsConsideredStated(ID, PROGRAMME, AppraisalStage.SHORT_LIST, 1, "The short list"));
    }

    @Test
    void aPaperThatGivesNoNumberIsRecordedWithoutOne() {
        fixture.given(OPENED)
                .when(new StateOptionsConsidered(ID, AppraisalStage.LONG_LIST, null, "A wide range of options"))
                .expectEvents(new OptionsConsideredStated(ID, PROGRAMME, AppraisalStage.LONG_LIST, null,
                        "A wide range of options"));
    }
}
