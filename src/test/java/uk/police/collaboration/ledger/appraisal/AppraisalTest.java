package uk.police.collaboration.ledger.appraisal;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.police.collaboration.ledger.appraisal.api.AppraisalOpened;
import uk.police.collaboration.ledger.appraisal.api.ApproveOption;
import uk.police.collaboration.ledger.appraisal.api.OpenAppraisal;
import uk.police.collaboration.ledger.appraisal.api.OptionApproved;
import uk.police.collaboration.ledger.appraisal.api.OptionNotSelected;
import uk.police.collaboration.ledger.appraisal.api.OptionProposed;
import uk.police.collaboration.ledger.appraisal.api.OptionRejected;
import uk.police.collaboration.ledger.appraisal.api.OptionWithdrawn;
import uk.police.collaboration.ledger.appraisal.api.ProposeOption;
import uk.police.collaboration.ledger.appraisal.api.RejectOption;
import uk.police.collaboration.ledger.appraisal.api.Timescale;
import uk.police.collaboration.ledger.appraisal.api.WithdrawOption;

import java.time.LocalDate;

import static org.hamcrest.Matchers.containsString;
import static uk.police.collaboration.ledger.shared.Refusals.refused;

/**
 * The Public Contact options appraisal of the Beds, Cambs and Herts Strategic Alliance (seed 000):
 * three options, Option 2 approved at the Strategic Alliance Summit on 1 February 2018.
 */
class AppraisalTest {

    private static final String ID = "bch-public-contact-options";
    private static final String COLLABORATION = "bch-public-contact";
    private static final LocalDate JANUARY_2018 = LocalDate.of(2018, 1, 1);
    private static final String SUMMIT = "Strategic Alliance Summit";
    private static final String SUMMIT_MEETING = "Strategic Alliance Summit, 1 February 2018";

    private static final AppraisalOpened OPENED = new AppraisalOpened(ID, COLLABORATION,
            "The Future of Public Contact Collaboration", null);
    private static final OptionProposed OPTION_1 = new OptionProposed(ID, COLLABORATION, "option-1",
            "Progress collaboration in the short term",
            "Little time for Athena to land and a business case to be prepared",
            new Timescale(12, 18, JANUARY_2018), false);
    private static final OptionProposed OPTION_2 = new OptionProposed(ID, COLLABORATION, "option-2",
            "Progress collaboration in the medium term",
            "Allows Athena to land for 6-12 months and be better understood before scoping for a FBC",
            new Timescale(18, 24, JANUARY_2018), false);
    private static final OptionProposed OPTION_3 = new OptionProposed(ID, COLLABORATION, "option-3",
            "Not to progress collaboration", "Not to progress collaboration and revisit if necessary later",
            null, true);
    private static final OptionApproved OPTION_2_APPROVED = new OptionApproved(ID, COLLABORATION, "option-2",
            SUMMIT, SUMMIT_MEETING, null);

    private FixtureConfiguration<Appraisal> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Appraisal.class);
    }

    // --- OpenAppraisal ---

    @Test
    void anAppraisalIsOpenedForACollaboration() {
        fixture.givenNoPriorActivity()
                .when(new OpenAppraisal(ID, COLLABORATION, "The Future of Public Contact Collaboration", null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(OPENED);
    }

    @Test
    void anAppraisalIsOpenedForAWorkstream() {
        fixture.givenNoPriorActivity()
                .when(new OpenAppraisal("7f-storage-options", "eastern-7f", "Physical storage options", "storage"))
                .expectEvents(new AppraisalOpened("7f-storage-options", "eastern-7f", "Physical storage options",
                        "storage"));
    }

    // --- ProposeOption ---

    @Test
    void anOptionIsProposedWithItsTimescale() {
        fixture.given(OPENED)
                .when(new ProposeOption(ID, "option-2", "Progress collaboration in the medium term",
                        "Allows Athena to land for 6-12 months and be better understood before scoping for a FBC",
                        new Timescale(18, 24, JANUARY_2018), false))
                .expectEvents(OPTION_2);
    }

    @Test
    void theDoNothingBaselineIsProposedWithoutATimescale() {
        fixture.given(OPENED, OPTION_1, OPTION_2)
                .when(new ProposeOption(ID, "option-3", "Not to progress collaboration",
                        "Not to progress collaboration and revisit if necessary later", null, true))
                .expectEvents(OPTION_3);
    }

    @Test
    void aTimescaleWithOnlyAStartDateIsAccepted() {
        Timescale fromMay = new Timescale(null, null, LocalDate.of(2018, 5, 1));
        fixture.given(OPENED)
                .when(new ProposeOption(ID, "option-4", "Scope after Athena", "Scope once Athena has landed",
                        fromMay, false))
                .expectEvents(new OptionProposed(ID, COLLABORATION, "option-4", "Scope after Athena",
                        "Scope once Athena has landed", fromMay, false));
    }

    @Test
    void proposingAnOptionToASettledAppraisalIsRefused() {
        refused(fixture.given(OPENED, OPTION_1, OPTION_2, OPTION_2_APPROVED,
                        new OptionNotSelected(ID, COLLABORATION, "option-1"))
                .when(new ProposeOption(ID, "option-4", "A late idea", "Too late", null, false)),
                "APPRAISAL_SETTLED");
    }

    @Test
    void proposingAnOptionIdAlreadyUsedIsRefused() {
        refused(fixture.given(OPENED, OPTION_1)
                .when(new ProposeOption(ID, "option-1", "Another option", "Same id", null, false)),
                "DUPLICATE_OPTION");
    }

    @Test
    void proposingASecondDoNothingOptionIsRefused() {
        refused(fixture.given(OPENED, OPTION_3)
                .when(new ProposeOption(ID, "option-0", "Status quo", "Carry on as now", null, true)),
                "SECOND_DO_NOTHING_OPTION");
    }

    @Test
    void aDoNothingOptionMayBeProposedAgainOnceTheFirstIsWithdrawn() {
        fixture.given(OPENED, OPTION_3, new OptionWithdrawn(ID, COLLABORATION, "option-3", "Badly worded"))
                .when(new ProposeOption(ID, "option-0", "Status quo", "Carry on as now", null, true))
                .expectEvents(new OptionProposed(ID, COLLABORATION, "option-0", "Status quo", "Carry on as now",
                        null, true));
    }

    @Test
    void aTimescaleWhoseMinimumExceedsItsMaximumIsRefused() {
        refused(fixture.given(OPENED)
                .when(new ProposeOption(ID, "option-2", "Medium term", "24-18 months",
                        new Timescale(24, 18, JANUARY_2018), false)),
                "TIMESCALE_INVERTED");
    }

    // --- WithdrawOption ---

    @Test
    void aProposedOptionIsWithdrawn() {
        fixture.given(OPENED, OPTION_1)
                .when(new WithdrawOption(ID, "option-1", "Too little time for Athena to land"))
                .expectEvents(new OptionWithdrawn(ID, COLLABORATION, "option-1", "Too little time for Athena to land"));
    }

    @Test
    void withdrawingAnOptionNeverProposedIsRefused() {
        refused(fixture.given(OPENED, OPTION_1).when(new WithdrawOption(ID, "option-9", "Unknown")),
                "OPTION_UNKNOWN");
    }

    @Test
    void withdrawingAnOptionAlreadyWithdrawnIsRefused() {
        refused(fixture.given(OPENED, OPTION_1, new OptionWithdrawn(ID, COLLABORATION, "option-1", "First time"))
                .when(new WithdrawOption(ID, "option-1", "Second time")), "OPTION_NOT_OPEN");
    }

    @Test
    void withdrawingARejectedOptionIsRefused() {
        refused(fixture.given(OPENED, OPTION_1, new OptionRejected(ID, COLLABORATION, "option-1", SUMMIT, "Too soon"))
                .when(new WithdrawOption(ID, "option-1", "Withdrawn after all")), "OPTION_NOT_OPEN");
    }

    @Test
    void withdrawingAnOptionOfASettledAppraisalIsRefused() {
        refused(fixture.given(OPENED, OPTION_1, OPTION_2, OPTION_2_APPROVED,
                        new OptionNotSelected(ID, COLLABORATION, "option-1"))
                .when(new WithdrawOption(ID, "option-1", "Not needed")), "APPRAISAL_SETTLED");
    }

    // --- ApproveOption ---

    @Test
    void approvingAnOptionSettlesTheAppraisalAndTheOtherProposedOptionsAreNotSelected() {
        fixture.given(OPENED, OPTION_1, OPTION_2, OPTION_3)
                .when(new ApproveOption(ID, "option-2", SUMMIT, SUMMIT_MEETING, null))
                .expectEvents(OPTION_2_APPROVED,
                        new OptionNotSelected(ID, COLLABORATION, "option-1"),
                        new OptionNotSelected(ID, COLLABORATION, "option-3"));
    }

    @Test
    void withdrawnAndRejectedOptionsStayAsTheyAreWhenAnotherIsApproved() {
        fixture.given(OPENED, OPTION_1, OPTION_2, OPTION_3,
                        new OptionWithdrawn(ID, COLLABORATION, "option-1", "Too soon"),
                        new OptionRejected(ID, COLLABORATION, "option-3", SUMMIT, "Collaboration is still wanted"))
                .when(new ApproveOption(ID, "option-2", SUMMIT, SUMMIT_MEETING, "BCB 1 March 2018"))
                .expectEvents(new OptionApproved(ID, COLLABORATION, "option-2", SUMMIT, SUMMIT_MEETING,
                        "BCB 1 March 2018"));
    }

    @Test
    void theDoNothingOptionMayBeApproved() {
        fixture.given(OPENED, OPTION_2, OPTION_3)
                .when(new ApproveOption(ID, "option-3", "7F Summit", null, null))
                .expectEvents(new OptionApproved(ID, COLLABORATION, "option-3", "7F Summit", null, null),
                        new OptionNotSelected(ID, COLLABORATION, "option-2"));
    }

    @Test
    void approvingAnOptionNeverProposedIsRefused() {
        refused(fixture.given(OPENED, OPTION_1, OPTION_2)
                .when(new ApproveOption(ID, "option-9", SUMMIT, SUMMIT_MEETING, null)), "OPTION_UNKNOWN");
    }

    @Test
    void approvingAWithdrawnOptionIsRefused() {
        refused(fixture.given(OPENED, OPTION_1, OPTION_2, new OptionWithdrawn(ID, COLLABORATION, "option-1", "Too soon"))
                .when(new ApproveOption(ID, "option-1", SUMMIT, SUMMIT_MEETING, null)), "OPTION_NOT_OPEN");
    }

    @Test
    void approvingARejectedOptionIsRefused() {
        refused(fixture.given(OPENED, OPTION_1, OPTION_2,
                        new OptionRejected(ID, COLLABORATION, "option-1", SUMMIT, "Too soon"))
                .when(new ApproveOption(ID, "option-1", SUMMIT, SUMMIT_MEETING, null)), "OPTION_NOT_OPEN");
    }

    @Test
    void theRefusalToApproveAWithdrawnOptionSaysSo() {
        fixture.given(OPENED, OPTION_1, OPTION_2, new OptionWithdrawn(ID, COLLABORATION, "option-1", "Too soon"))
                .when(new ApproveOption(ID, "option-1", SUMMIT, SUMMIT_MEETING, null))
                .expectExceptionMessage(containsString("Option 'option-1' of appraisal '" + ID
                        + "' has been withdrawn and cannot be approved"));
    }

    @Test
    void approvingASecondOptionIsRefused() {
        refused(fixture.given(OPENED, OPTION_1, OPTION_2, OPTION_2_APPROVED,
                        new OptionNotSelected(ID, COLLABORATION, "option-1"))
                .when(new ApproveOption(ID, "option-1", SUMMIT, SUMMIT_MEETING, null)), "APPRAISAL_SETTLED");
    }

    @Test
    void approvingTheApprovedOptionAgainIsRefused() {
        refused(fixture.given(OPENED, OPTION_2, OPTION_2_APPROVED)
                .when(new ApproveOption(ID, "option-2", SUMMIT, SUMMIT_MEETING, null)), "APPRAISAL_SETTLED");
    }

    // --- RejectOption ---

    @Test
    void aProposedOptionIsRejectedAndTheAppraisalStaysOpen() {
        fixture.given(OPENED, OPTION_1, OPTION_2)
                .when(new RejectOption(ID, "option-1", SUMMIT, "Too little time for Athena to land"))
                .expectEvents(new OptionRejected(ID, COLLABORATION, "option-1", SUMMIT,
                        "Too little time for Athena to land"));
    }

    @Test
    void anotherOptionCanBeApprovedAfterARejection() {
        fixture.given(OPENED, OPTION_1, OPTION_2,
                        new OptionRejected(ID, COLLABORATION, "option-1", SUMMIT, "Too soon"))
                .when(new ApproveOption(ID, "option-2", SUMMIT, SUMMIT_MEETING, null))
                .expectEvents(OPTION_2_APPROVED);
    }

    @Test
    void rejectingAnOptionNeverProposedIsRefused() {
        refused(fixture.given(OPENED, OPTION_1)
                .when(new RejectOption(ID, "option-9", SUMMIT, "Unknown")), "OPTION_UNKNOWN");
    }

    @Test
    void rejectingAWithdrawnOptionIsRefused() {
        refused(fixture.given(OPENED, OPTION_1, new OptionWithdrawn(ID, COLLABORATION, "option-1", "Too soon"))
                .when(new RejectOption(ID, "option-1", SUMMIT, "Too soon")), "OPTION_NOT_OPEN");
    }

    @Test
    void rejectingAnOptionAlreadyRejectedIsRefused() {
        refused(fixture.given(OPENED, OPTION_1, new OptionRejected(ID, COLLABORATION, "option-1", SUMMIT, "Too soon"))
                .when(new RejectOption(ID, "option-1", SUMMIT, "Still too soon")), "OPTION_NOT_OPEN");
    }

    @Test
    void rejectingAnOptionOfASettledAppraisalIsRefused() {
        refused(fixture.given(OPENED, OPTION_1, OPTION_2, OPTION_2_APPROVED,
                        new OptionNotSelected(ID, COLLABORATION, "option-1"))
                .when(new RejectOption(ID, "option-1", SUMMIT, "Not chosen")), "APPRAISAL_SETTLED");
    }
}
