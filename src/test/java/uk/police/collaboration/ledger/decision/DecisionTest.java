package uk.police.collaboration.ledger.decision;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.police.collaboration.ledger.decision.api.AttachPartTwo;
import uk.police.collaboration.ledger.decision.api.CompleteRedaction;
import uk.police.collaboration.ledger.decision.api.DecidePublication;
import uk.police.collaboration.ledger.decision.api.DecisionMade;
import uk.police.collaboration.ledger.decision.api.DecisionOutcome;
import uk.police.collaboration.ledger.decision.api.DecisionPublished;
import uk.police.collaboration.ledger.decision.api.MakeDecision;
import uk.police.collaboration.ledger.decision.api.PartTwoAttached;
import uk.police.collaboration.ledger.decision.api.PartTwoGround;
import uk.police.collaboration.ledger.decision.api.PublicationDecided;
import uk.police.collaboration.ledger.decision.api.PublishDecision;
import uk.police.collaboration.ledger.decision.api.RecordDecision;
import uk.police.collaboration.ledger.decision.api.RecordSignOff;
import uk.police.collaboration.ledger.decision.api.RedactionCompleted;
import uk.police.collaboration.ledger.decision.api.RedactionRequired;
import uk.police.collaboration.ledger.decision.api.RequireRedaction;
import uk.police.collaboration.ledger.decision.api.SignOffRecorded;
import uk.police.collaboration.ledger.shared.Money;
import uk.police.collaboration.ledger.shared.RuleViolation;

import java.util.List;

import static uk.police.collaboration.ledger.decision.DecisionSamples.ESSEX;
import static uk.police.collaboration.ledger.decision.DecisionSamples.ESSEX_PROGRAMME;
import static uk.police.collaboration.ledger.decision.DecisionSamples.GLOUCESTERSHIRE;
import static uk.police.collaboration.ledger.decision.DecisionSamples.essexRecorded;
import static uk.police.collaboration.ledger.decision.DecisionSamples.gloucestershireRecorded;
import static uk.police.collaboration.ledger.decision.DecisionSamples.recordEssex;
import static uk.police.collaboration.ledger.decision.DecisionSamples.recordGloucestershire;
import static uk.police.collaboration.ledger.decision.api.SignOffRole.CHIEF_EXECUTIVE;
import static uk.police.collaboration.ledger.decision.api.SignOffRole.PCC;
import static uk.police.collaboration.ledger.decision.api.SignOffRole.TREASURER;
import static uk.police.collaboration.ledger.shared.Refusals.ruleViolation;

class DecisionTest {

    private static final String PASSAGE = "Names of the two members of staff whose posts are at risk";

    private FixtureConfiguration<Decision> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Decision.class);
    }

    private static DecisionMade agreedByHirst() {
        return new DecisionMade(ESSEX, ESSEX_PROGRAMME, DecisionOutcome.AGREED, "R.C. Hirst",
                "I agree the recommendations to this report");
    }

    private static PublicationDecided forPublication() {
        return new PublicationDecided(ESSEX, ESSEX_PROGRAMME, true, null);
    }

    private static RedactionRequired redactionOfAppendixA() {
        return new RedactionRequired(ESSEX, ESSEX_PROGRAMME, "appendix-a", "Appendix", PASSAGE,
                "s.40 FOIA personal information");
    }

    @Nested
    class RecordingADecision {

        @Test
        void theEssexDecisionReportIsRecordedUnderItsReference() {
            fixture.givenNoPriorActivity()
                    .when(recordEssex())
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(essexRecorded());
        }

        @Test
        void aDecisionFlaggedAsOfSignificantPublicInterestIsRecordedWithItsReasonAndExpenditureInPence() {
            fixture.givenNoPriorActivity()
                    .when(recordGloucestershire())
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(gloucestershireRecorded());
        }

        @Test
        void aDecisionWithoutExpenditureIsRecorded() {
            RecordDecision c = new RecordDecision("D10-2018", "single-online-home", "Title", "PCC", "Author", null,
                    null, null, false, null, null, null, null);
            fixture.givenNoPriorActivity()
                    .when(c)
                    .expectEvents(new uk.police.collaboration.ledger.decision.api.DecisionRecorded("D10-2018",
                            "single-online-home", "Title", "PCC", "Author", null, List.of(), null, false, null,
                            List.of(), List.of(), List.of()));
        }

        @Test
        void negativeExpenditureIsRefused() {
            RecordDecision c = recordEssex();
            fixture.givenNoPriorActivity()
                    .when(new RecordDecision(c.reference(), c.collaborationId(), c.title(), c.decisionMaker(),
                            c.reportAuthor(), c.reportDate(), c.recommendations(), Money.of("-188000.00"), false, null,
                            c.optionIds(), c.agreementIds(), c.fundingRequestIds()))
                    .expectException(RuleViolation.class)
                    .expectException(ruleViolation("EXPENDITURE_NEGATIVE"))
                    .expectNoEvents();
        }

        @Test
        void flaggingSignificantPublicInterestWithoutAReasonIsRefused() {
            RecordDecision c = recordGloucestershire();
            fixture.givenNoPriorActivity()
                    .when(new RecordDecision(c.reference(), c.collaborationId(), c.title(), c.decisionMaker(),
                            c.reportAuthor(), c.reportDate(), c.recommendations(), c.expenditure(), true, "  ",
                            c.optionIds(), c.agreementIds(), c.fundingRequestIds()))
                    .expectException(ruleViolation("SIGNIFICANCE_REASON_REQUIRED"))
                    .expectNoEvents();
        }
    }

    @Nested
    class SigningOff {

        @Test
        void aSignOffIsRecordedWithRoleAndName() {
            fixture.given(essexRecorded())
                    .when(new RecordSignOff(ESSEX, CHIEF_EXECUTIVE, "David Lawson"))
                    .expectEvents(new SignOffRecorded(ESSEX, ESSEX_PROGRAMME, CHIEF_EXECUTIVE, "David Lawson"));
        }

        @Test
        void theEssexSignOffSequenceOfChiefExecutiveTreasurerAndCommissionerIsRecordedInOrder() {
            fixture.given(essexRecorded(),
                            new SignOffRecorded(ESSEX, ESSEX_PROGRAMME, CHIEF_EXECUTIVE, "David Lawson"),
                            new SignOffRecorded(ESSEX, ESSEX_PROGRAMME, TREASURER, "Abbey Gough"))
                    .when(new RecordSignOff(ESSEX, PCC, "R.C. Hirst"))
                    .expectEvents(new SignOffRecorded(ESSEX, ESSEX_PROGRAMME, PCC, "R.C. Hirst"));
        }

        @Test
        void theSamePersonMaySignOffInAnotherRole() {
            fixture.given(essexRecorded(), new SignOffRecorded(ESSEX, ESSEX_PROGRAMME, CHIEF_EXECUTIVE, "David Lawson"))
                    .when(new RecordSignOff(ESSEX, TREASURER, "David Lawson"))
                    .expectEvents(new SignOffRecorded(ESSEX, ESSEX_PROGRAMME, TREASURER, "David Lawson"));
        }

        @Test
        void recordingTheSameSignOffTwiceIsRefused() {
            fixture.given(essexRecorded(), new SignOffRecorded(ESSEX, ESSEX_PROGRAMME, TREASURER, "Abbey Gough"))
                    .when(new RecordSignOff(ESSEX, TREASURER, "Abbey Gough"))
                    .expectException(ruleViolation("SIGN_OFF_ALREADY_RECORDED"))
                    .expectNoEvents();
        }

        @Test
        void theSameSignOffWrittenInCapitalsIsStillTheSameSignOff() {
            fixture.given(essexRecorded(), new SignOffRecorded(ESSEX, ESSEX_PROGRAMME, PCC, "R.C. Hirst"))
                    .when(new RecordSignOff(ESSEX, PCC, "R.C. HIRST"))
                    .expectException(ruleViolation("SIGN_OFF_ALREADY_RECORDED"))
                    .expectNoEvents();
        }
    }

    @Nested
    class MakingTheDecision {

        @Test
        void theCommissionerAgreesTheRecommendations() {
            fixture.given(essexRecorded())
                    .when(new MakeDecision(ESSEX, DecisionOutcome.AGREED, "R.C. Hirst",
                            "I agree the recommendations to this report"))
                    .expectEvents(agreedByHirst());
        }

        @Test
        void makingADecisionAlreadyMadeIsRefused() {
            fixture.given(essexRecorded(), agreedByHirst())
                    .when(new MakeDecision(ESSEX, DecisionOutcome.NOT_AGREED, "R.C. Hirst", "Changed my mind"))
                    .expectException(ruleViolation("DECISION_ALREADY_MADE"))
                    .expectNoEvents();
        }
    }

    @Nested
    class DecidingPublication {

        @Test
        void aReportIsDecidedForPublication() {
            fixture.given(essexRecorded())
                    .when(new DecidePublication(ESSEX, true, null))
                    .expectEvents(forPublication());
        }

        @Test
        void aReportIsDecidedNotForPublicationWithAReason() {
            fixture.given(essexRecorded())
                    .when(new DecidePublication(ESSEX, false, "Commercial negotiations are under way"))
                    .expectEvents(new PublicationDecided(ESSEX, ESSEX_PROGRAMME, false,
                            "Commercial negotiations are under way"));
        }

        @Test
        void decidingNotToPublishWithoutAReasonIsRefused() {
            fixture.given(essexRecorded())
                    .when(new DecidePublication(ESSEX, false, " "))
                    .expectException(ruleViolation("PUBLICATION_REASON_REQUIRED"))
                    .expectNoEvents();
        }

        @Test
        void decidingPublicationAfterPublishingIsRefused() {
            fixture.given(essexRecorded(), agreedByHirst(), forPublication(),
                            new DecisionPublished(ESSEX, ESSEX_PROGRAMME, null))
                    .when(new DecidePublication(ESSEX, true, null))
                    .expectException(ruleViolation("DECISION_ALREADY_PUBLISHED"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Redacting {

        @Test
        void aRedactionIsRequiredWithItsPartPassageAndExemption() {
            fixture.given(essexRecorded(), forPublication())
                    .when(new RequireRedaction(ESSEX, "appendix-a", "Appendix", PASSAGE, "s.40 FOIA personal information"))
                    .expectEvents(redactionOfAppendixA());
        }

        @Test
        void requiringARedactionTwiceUnderOneIdIsRefused() {
            fixture.given(essexRecorded(), redactionOfAppendixA())
                    .when(new RequireRedaction(ESSEX, "appendix-a", "Decision sheet", "Another passage", "s.43 FOIA"))
                    .expectException(ruleViolation("DUPLICATE_REDACTION"))
                    .expectNoEvents();
        }

        @Test
        void reusingTheIdOfACompletedRedactionIsRefused() {
            fixture.given(essexRecorded(), redactionOfAppendixA(),
                            new RedactionCompleted(ESSEX, ESSEX_PROGRAMME, "appendix-a", "David Lawson", CHIEF_EXECUTIVE))
                    .when(new RequireRedaction(ESSEX, "appendix-a", "Appendix", PASSAGE, "s.40 FOIA"))
                    .expectException(ruleViolation("DUPLICATE_REDACTION"))
                    .expectNoEvents();
        }

        @Test
        void requiringARedactionAfterPublishingIsRefused() {
            fixture.given(essexRecorded(), agreedByHirst(), forPublication(),
                            new DecisionPublished(ESSEX, ESSEX_PROGRAMME, null))
                    .when(new RequireRedaction(ESSEX, "appendix-a", "Appendix", PASSAGE, "s.40 FOIA"))
                    .expectException(ruleViolation("DECISION_ALREADY_PUBLISHED"))
                    .expectNoEvents();
        }

        @Test
        void theRefusalOfADuplicateRedactionDoesNotRepeatThePassage() {
            fixture.given(essexRecorded(), redactionOfAppendixA())
                    .when(new RequireRedaction(ESSEX, "appendix-a", "Appendix", PASSAGE, "s.40 FOIA"))
                    .expectException(org.hamcrest.Matchers.hasToString(
                            org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(PASSAGE))));
        }

        @Test
        void theTreasurerSignsOffACompletedRedaction() {
            fixture.given(essexRecorded(), redactionOfAppendixA())
                    .when(new CompleteRedaction(ESSEX, "appendix-a", "Abbey Gough", TREASURER))
                    .expectEvents(new RedactionCompleted(ESSEX, ESSEX_PROGRAMME, "appendix-a", "Abbey Gough", TREASURER));
        }

        @Test
        void theChiefExecutiveSignsOffACompletedRedaction() {
            fixture.given(essexRecorded(), redactionOfAppendixA())
                    .when(new CompleteRedaction(ESSEX, "appendix-a", "David Lawson", CHIEF_EXECUTIVE))
                    .expectEvents(new RedactionCompleted(ESSEX, ESSEX_PROGRAMME, "appendix-a", "David Lawson",
                            CHIEF_EXECUTIVE));
        }

        @Test
        void completingARedactionNeverRequiredIsRefused() {
            fixture.given(essexRecorded())
                    .when(new CompleteRedaction(ESSEX, "appendix-a", "Abbey Gough", TREASURER))
                    .expectException(ruleViolation("REDACTION_UNKNOWN"))
                    .expectNoEvents();
        }

        @Test
        void completingARedactionTwiceIsRefused() {
            fixture.given(essexRecorded(), redactionOfAppendixA(),
                            new RedactionCompleted(ESSEX, ESSEX_PROGRAMME, "appendix-a", "Abbey Gough", TREASURER))
                    .when(new CompleteRedaction(ESSEX, "appendix-a", "David Lawson", CHIEF_EXECUTIVE))
                    .expectException(ruleViolation("REDACTION_ALREADY_COMPLETED"))
                    .expectNoEvents();
        }

        @Test
        void aRedactionSignedOffByTheCommissionerIsRefused() {
            fixture.given(essexRecorded(), redactionOfAppendixA())
                    .when(new CompleteRedaction(ESSEX, "appendix-a", "R.C. Hirst", PCC))
                    .expectException(ruleViolation("REDACTION_SIGN_OFF_ROLE"))
                    .expectNoEvents();
        }
    }

    @Nested
    class AttachingPartTwo {

        private static final String EXEMPT = "Supplier prices of £45,704.63 to £65,117.33 per annum";

        @Test
        void exemptMaterialIsAttachedWithItsGround() {
            fixture.given(gloucestershireRecorded())
                    .when(new AttachPartTwo(GLOUCESTERSHIRE, "part-two-1", EXEMPT, PartTwoGround.COMMERCIAL_SENSITIVITY))
                    .expectEvents(new PartTwoAttached(GLOUCESTERSHIRE, DecisionSamples.GLOUCESTERSHIRE_PROGRAMME,
                            "part-two-1", EXEMPT, PartTwoGround.COMMERCIAL_SENSITIVITY));
        }

        @Test
        void attachingAPartTwoTwiceUnderOneIdIsRefused() {
            fixture.given(gloucestershireRecorded(), new PartTwoAttached(GLOUCESTERSHIRE,
                            DecisionSamples.GLOUCESTERSHIRE_PROGRAMME, "part-two-1", EXEMPT,
                            PartTwoGround.COMMERCIAL_SENSITIVITY))
                    .when(new AttachPartTwo(GLOUCESTERSHIRE, "part-two-1", "Other", PartTwoGround.NATIONAL_SECURITY))
                    .expectException(ruleViolation("DUPLICATE_PART_TWO"))
                    .expectNoEvents();
        }

        @Test
        void attachingAPartTwoAfterPublishingIsRefused() {
            fixture.given(gloucestershireRecorded(),
                            new DecisionMade(GLOUCESTERSHIRE, DecisionSamples.GLOUCESTERSHIRE_PROGRAMME,
                                    DecisionOutcome.AGREED, "Martin Surl", "Supported in principle"),
                            new PublicationDecided(GLOUCESTERSHIRE, DecisionSamples.GLOUCESTERSHIRE_PROGRAMME, true, null),
                            new DecisionPublished(GLOUCESTERSHIRE, DecisionSamples.GLOUCESTERSHIRE_PROGRAMME, null))
                    .when(new AttachPartTwo(GLOUCESTERSHIRE, "part-two-1", EXEMPT, PartTwoGround.COMMERCIAL_SENSITIVITY))
                    .expectException(ruleViolation("DECISION_ALREADY_PUBLISHED"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Publishing {

        private static final String URL = "https://www.essex.pfcc.police.uk/decisions/pfcc-100-2018";

        @Test
        void aMadeDecisionForPublicationIsPublished() {
            fixture.given(essexRecorded(), agreedByHirst(), forPublication())
                    .when(new PublishDecision(ESSEX, URL))
                    .expectEvents(new DecisionPublished(ESSEX, ESSEX_PROGRAMME, URL));
        }

        @Test
        void aDecisionIsPublishedOnceEveryRequiredRedactionIsCompleted() {
            fixture.given(essexRecorded(), agreedByHirst(), forPublication(), redactionOfAppendixA(),
                            new RedactionCompleted(ESSEX, ESSEX_PROGRAMME, "appendix-a", "Abbey Gough", TREASURER))
                    .when(new PublishDecision(ESSEX, null))
                    .expectEvents(new DecisionPublished(ESSEX, ESSEX_PROGRAMME, null));
        }

        @Test
        void publishingBeforeTheDecisionIsMadeIsRefused() {
            fixture.given(essexRecorded(), forPublication())
                    .when(new PublishDecision(ESSEX, URL))
                    .expectException(ruleViolation("DECISION_NOT_MADE"))
                    .expectNoEvents();
        }

        @Test
        void publishingBeforePublicationIsDecidedIsRefused() {
            fixture.given(essexRecorded(), agreedByHirst())
                    .when(new PublishDecision(ESSEX, URL))
                    .expectException(ruleViolation("PUBLICATION_NOT_DECIDED"))
                    .expectNoEvents();
        }

        @Test
        void publishingADecisionNotForPublicationIsRefused() {
            fixture.given(essexRecorded(), agreedByHirst(),
                            new PublicationDecided(ESSEX, ESSEX_PROGRAMME, false, "Commercial negotiations"))
                    .when(new PublishDecision(ESSEX, URL))
                    .expectException(ruleViolation("DECISION_NOT_FOR_PUBLICATION"))
                    .expectNoEvents();
        }

        @Test
        void publishingWhileARedactionIsPendingIsRefused() {
            fixture.given(essexRecorded(), agreedByHirst(), forPublication(), redactionOfAppendixA())
                    .when(new PublishDecision(ESSEX, URL))
                    .expectException(ruleViolation("REDACTION_PENDING"))
                    .expectExceptionMessage(
                            "Decision PFCC/100/2018 cannot be published while redaction 'appendix-a' is pending")
                    .expectNoEvents();
        }

        @Test
        void publishingTwiceIsRefused() {
            fixture.given(essexRecorded(), agreedByHirst(), forPublication(),
                            new DecisionPublished(ESSEX, ESSEX_PROGRAMME, URL))
                    .when(new PublishDecision(ESSEX, URL))
                    .expectException(ruleViolation("DECISION_ALREADY_PUBLISHED"))
                    .expectNoEvents();
        }

        @Test
        void anUnmadeDecisionIsRefusedAsNotMadeBeforeAnythingElseIsChecked() {
            fixture.given(essexRecorded(), redactionOfAppendixA())
                    .when(new PublishDecision(ESSEX, URL))
                    .expectException(ruleViolation("DECISION_NOT_MADE"))
                    .expectNoEvents();
        }
    }

    @Nested
    class TheEssexPaper {

        @Test
        void theEssexDecisionIsSignedOffDecidedAndPublishedInTheOrderOfThePaper() {
            fixture.givenCommands(recordEssex(),
                            new RecordSignOff(ESSEX, CHIEF_EXECUTIVE, "David Lawson"),
                            new RecordSignOff(ESSEX, TREASURER, "Abbey Gough"),
                            new DecidePublication(ESSEX, true, null),
                            new RecordSignOff(ESSEX, PCC, "R.C. Hirst"),
                            new MakeDecision(ESSEX, DecisionOutcome.AGREED, "R.C. Hirst",
                                    "I agree the recommendations to this report"))
                    .when(new PublishDecision(ESSEX, null))
                    .expectEvents(new DecisionPublished(ESSEX, ESSEX_PROGRAMME, null));
        }
    }
}
