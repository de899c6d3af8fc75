package uk.police.collaboration.ledger.collaboration;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.police.collaboration.ledger.collaboration.api.AddWorkstream;
import uk.police.collaboration.ledger.collaboration.api.AgreeCostSharing;
import uk.police.collaboration.ledger.collaboration.api.ChangeGovernance;
import uk.police.collaboration.ledger.collaboration.api.CloseCollaboration;
import uk.police.collaboration.ledger.collaboration.api.ClosureOutcome;
import uk.police.collaboration.ledger.collaboration.api.CollaborationClosed;
import uk.police.collaboration.ledger.collaboration.api.CollaborationRegistered;
import uk.police.collaboration.ledger.collaboration.api.CostShare;
import uk.police.collaboration.ledger.collaboration.api.CostSharingAgreed;
import uk.police.collaboration.ledger.collaboration.api.CostSharingProposed;
import uk.police.collaboration.ledger.collaboration.api.GovernanceChanged;
import uk.police.collaboration.ledger.collaboration.api.JoinCollaboration;
import uk.police.collaboration.ledger.collaboration.api.Party;
import uk.police.collaboration.ledger.collaboration.api.PartyJoined;
import uk.police.collaboration.ledger.collaboration.api.PartyKind;
import uk.police.collaboration.ledger.collaboration.api.PartyWithdrew;
import uk.police.collaboration.ledger.collaboration.api.ProgressRecorded;
import uk.police.collaboration.ledger.collaboration.api.ProposeCostSharing;
import uk.police.collaboration.ledger.collaboration.api.RecordProgress;
import uk.police.collaboration.ledger.collaboration.api.RegisterCollaboration;
import uk.police.collaboration.ledger.collaboration.api.WithdrawFromCollaboration;
import uk.police.collaboration.ledger.collaboration.api.WorkstreamAdded;
import uk.police.collaboration.ledger.shared.EnvelopeKeys;
import uk.police.collaboration.ledger.shared.Percent;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static uk.police.collaboration.ledger.collaboration.api.CostSharingBasis.FUNDING_FORMULA;
import static uk.police.collaboration.ledger.collaboration.api.CostSharingBasis.PRO_RATA_TO_STAFF;
import static uk.police.collaboration.ledger.shared.Refusals.refused;

/**
 * The EMSOU Forensic Services transformation (seed 004): five East Midlands forces, Nottinghamshire
 * withdraws and the other four share costs by funding formula or pro rata to staff.
 */
class CollaborationTest {

    private static final String ID = "emsou-fs";
    private static final Party LEICS = new Party("leics", "Leicestershire Police", PartyKind.FORCE, false);
    private static final Party DERBYS = new Party("derbys", "Derbyshire Constabulary", PartyKind.FORCE, false);
    private static final Party NORTHANTS = new Party("northants", "Northamptonshire Police", PartyKind.FORCE, false);
    private static final Party LINCS = new Party("lincs", "Lincolnshire Police", PartyKind.FORCE, false);
    private static final Party NOTTS = new Party("notts", "Nottinghamshire Police", PartyKind.FORCE, false);
    private static final Party NOTTS_PCC = new Party("notts-pcc", "Police and Crime Commissioner for Nottinghamshire",
            PartyKind.PCC, true);
    private static final List<Party> FIVE_FORCES = List.of(LEICS, DERBYS, NORTHANTS, LINCS, NOTTS);
    private static final String TITLE = "EMSOU Forensic Services transformation";
    private static final String SCOPE = "Regional forensic services for the East Midlands forces";

    private static final CollaborationRegistered REGISTERED = new CollaborationRegistered(ID, TITLE, SCOPE,
            FIVE_FORCES, "leics", "Chief Constable, Leicestershire Police");
    private static final PartyWithdrew NOTTS_WITHDREW = new PartyWithdrew(ID, "notts",
            "The single employer model was not supported by Nottinghamshire");
    private static final CollaborationClosed CLOSED = new CollaborationClosed(ID, ClosureOutcome.SUPERSEDED,
            "Replaced by the 4 + 1 arrangement");

    /** Funding formula shares after Nottinghamshire withdrew (seed 004, first table). */
    private static final List<CostShare> FUNDING_FORMULA_SHARES = List.of(
            share("leics", "31.5"), share("derbys", "30.0"), share("northants", "20.4"), share("lincs", "18.1"));
    /** Pro rata to staff shares after Nottinghamshire withdrew (seed 004, second table). */
    private static final List<CostShare> PRO_RATA_SHARES = List.of(
            share("leics", "28.2"), share("derbys", "28.2"), share("northants", "20.5"), share("lincs", "23.1"));

    private FixtureConfiguration<Collaboration> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Collaboration.class);
    }

    private static CostShare share(String partyId, String percent) {
        return new CostShare(partyId, Percent.of(percent));
    }

    // --- RegisterCollaboration ---

    @Test
    void registeringACollaborationRecordsItsPartiesLeadPartyAndLeadOfficer() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCollaboration(ID, TITLE, SCOPE, FIVE_FORCES, "leics",
                        "Chief Constable, Leicestershire Police"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(REGISTERED);
    }

    @Test
    void aCollaborationMayBeRegisteredWithoutALeadParty() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCollaboration(ID, TITLE, SCOPE, List.of(LEICS, DERBYS), null, null))
                .expectEvents(new CollaborationRegistered(ID, TITLE, SCOPE, List.of(LEICS, DERBYS), null, null));
    }

    @Test
    void namingTheSamePartyTwiceIsRefused() {
        refused(fixture.givenNoPriorActivity()
                .when(new RegisterCollaboration(ID, TITLE, SCOPE, List.of(LEICS, DERBYS, LEICS), null, null)),
                "DUPLICATE_PARTY");
    }

    @Test
    void aLeadPartyThatIsNotAPartyIsRefused() {
        refused(fixture.givenNoPriorActivity()
                .when(new RegisterCollaboration(ID, TITLE, SCOPE, List.of(LEICS, DERBYS), "notts", null)),
                "LEAD_PARTY_NOT_A_PARTY");
    }

    // --- JoinCollaboration ---

    @Test
    void aNewBodyJoinsAsAParty() {
        fixture.given(REGISTERED)
                .when(new JoinCollaboration(ID, NOTTS_PCC))
                .expectEvents(new PartyJoined(ID, NOTTS_PCC));
    }

    @Test
    void aPartyThatWithdrewMayJoinAgain() {
        fixture.given(REGISTERED, NOTTS_WITHDREW)
                .when(new JoinCollaboration(ID, NOTTS))
                .expectEvents(new PartyJoined(ID, NOTTS));
    }

    @Test
    void joiningAsACurrentPartyIsRefused() {
        refused(fixture.given(REGISTERED).when(new JoinCollaboration(ID, LINCS)), "ALREADY_A_PARTY");
    }

    // --- WithdrawFromCollaboration ---

    @Test
    void aCurrentPartyWithdrawsWithItsReason() {
        fixture.given(REGISTERED)
                .when(new WithdrawFromCollaboration(ID, "notts",
                        "The single employer model was not supported by Nottinghamshire"))
                .expectEvents(NOTTS_WITHDREW);
    }

    @Test
    void aBodyThatIsNotAPartyCannotWithdraw() {
        refused(fixture.given(REGISTERED).when(new WithdrawFromCollaboration(ID, "kent", "Leaving")),
                "NOT_A_CURRENT_PARTY");
    }

    @Test
    void aPartyThatHasAlreadyWithdrawnCannotWithdrawAgain() {
        refused(fixture.given(REGISTERED, NOTTS_WITHDREW)
                .when(new WithdrawFromCollaboration(ID, "notts", "Leaving again")), "NOT_A_CURRENT_PARTY");
    }

    @Test
    void theLeadPartyCannotWithdraw() {
        refused(fixture.given(REGISTERED).when(new WithdrawFromCollaboration(ID, "leics", "Leaving")),
                "LEAD_PARTY_CANNOT_WITHDRAW");
    }

    @Test
    void theLastPartyCannotWithdraw() {
        refused(fixture.given(new CollaborationRegistered(ID, TITLE, SCOPE, List.of(LEICS), null, null))
                .when(new WithdrawFromCollaboration(ID, "leics", "Leaving")), "LAST_PARTY_CANNOT_WITHDRAW");
    }

    // --- AddWorkstream ---

    @Test
    void aTopLevelWorkstreamIsAdded() {
        fixture.given(REGISTERED)
                .when(new AddWorkstream(ID, "cj", "Criminal Justice", null, "ACC Blaker"))
                .expectEvents(new WorkstreamAdded(ID, "cj", "Criminal Justice", null, "ACC Blaker"));
    }

    @Test
    void aWorkstreamIsNestedUnderAnExistingOne() {
        fixture.given(REGISTERED, new WorkstreamAdded(ID, "cj", "Criminal Justice", null, null))
                .when(new AddWorkstream(ID, "cj-ocd", "Out of Court Disposals", "cj", null))
                .expectEvents(new WorkstreamAdded(ID, "cj-ocd", "Out of Court Disposals", "cj", null));
    }

    @Test
    void addingAWorkstreamWhoseIdIsTakenIsRefused() {
        refused(fixture.given(REGISTERED, new WorkstreamAdded(ID, "cj", "Criminal Justice", null, null))
                .when(new AddWorkstream(ID, "cj", "Custody and Justice", null, null)), "DUPLICATE_WORKSTREAM");
    }

    @Test
    void nestingUnderAnUnknownWorkstreamIsRefused() {
        refused(fixture.given(REGISTERED)
                .when(new AddWorkstream(ID, "cj-ocd", "Out of Court Disposals", "cj", null)),
                "PARENT_WORKSTREAM_UNKNOWN");
    }

    // --- ChangeGovernance ---

    @Test
    void aChangeOfGovernanceIsRecordedWithTheBodyStoodDown() {
        fixture.given(REGISTERED)
                .when(new ChangeGovernance(ID, "Local senior officer ownership of the FCRs returned to forces",
                        "Option 2 approved at the Strategic Alliance Summit", "Public Contact SMT"))
                .expectEvents(new GovernanceChanged(ID,
                        "Local senior officer ownership of the FCRs returned to forces",
                        "Option 2 approved at the Strategic Alliance Summit", "Public Contact SMT"));
    }

    // --- RecordProgress ---

    @Test
    void progressOnAWorkstreamIsRecorded() {
        fixture.given(REGISTERED, new WorkstreamAdded(ID, "cj", "Criminal Justice", null, null))
                .when(new RecordProgress(ID, "cj", "Summit", "Convergence and benefits plan approved"))
                .expectEvents(new ProgressRecorded(ID, "cj", "Summit", "Convergence and benefits plan approved"));
    }

    @Test
    void progressOnTheWholeCollaborationIsRecorded() {
        fixture.given(REGISTERED)
                .when(new RecordProgress(ID, null, null, "A 4 + 1 model is being developed"))
                .expectEvents(new ProgressRecorded(ID, null, null, "A 4 + 1 model is being developed"));
    }

    @Test
    void recordingProgressOnAnUnknownWorkstreamIsRefused() {
        refused(fixture.given(REGISTERED).when(new RecordProgress(ID, "ict", null, "ICT is the top risk")),
                "WORKSTREAM_UNKNOWN");
    }

    // --- ProposeCostSharing ---

    @Test
    void theProRataToStaffModelForTheFourRemainingForcesIsProposed() {
        fixture.given(REGISTERED, NOTTS_WITHDREW)
                .when(new ProposeCostSharing(ID, "4f-pro-rata", "4 force, pro rata to staff", PRO_RATA_TO_STAFF,
                        PRO_RATA_SHARES, null))
                .expectEvents(new CostSharingProposed(ID, "4f-pro-rata", "4 force, pro rata to staff",
                        PRO_RATA_TO_STAFF, PRO_RATA_SHARES, null));
    }

    @Test
    void proposingAModelIdAlreadyUsedIsRefused() {
        refused(fixture.given(REGISTERED, NOTTS_WITHDREW, new CostSharingProposed(ID, "4f-pro-rata",
                        "4 force, pro rata to staff", PRO_RATA_TO_STAFF, PRO_RATA_SHARES, null))
                .when(new ProposeCostSharing(ID, "4f-pro-rata", "4 force, by formula", FUNDING_FORMULA,
                        FUNDING_FORMULA_SHARES, null)),
                "DUPLICATE_COST_SHARING_MODEL");
    }

    @Test
    void aShareForAPartyThatWithdrewIsRefused() {
        refused(fixture.given(REGISTERED, NOTTS_WITHDREW)
                .when(new ProposeCostSharing(ID, "5f", "5 force", FUNDING_FORMULA, List.of(share("leics", "25"),
                        share("derbys", "25"), share("northants", "20"), share("lincs", "15"),
                        share("notts", "15")), null)),
                "SHARES_NOT_FOR_CURRENT_PARTIES");
    }

    @Test
    void theRefusalOfAShareForAWithdrawnPartyNamesThatParty() {
        fixture.given(REGISTERED, NOTTS_WITHDREW)
                .when(new ProposeCostSharing(ID, "5f", "5 force", FUNDING_FORMULA, List.of(share("leics", "25"),
                        share("derbys", "25"), share("northants", "20"), share("lincs", "15"),
                        share("notts", "15")), null))
                .expectExceptionMessage(containsString(
                        "party 'notts' is not a party of collaboration 'emsou-fs' (it withdrew)"));
    }

    @Test
    void aShareForABodyThatIsNotAPartyIsRefused() {
        refused(fixture.given(REGISTERED, NOTTS_WITHDREW)
                .when(new ProposeCostSharing(ID, "4f", "4 force", FUNDING_FORMULA, List.of(share("leics", "31.5"),
                        share("derbys", "30.0"), share("northants", "20.4"), share("kent", "18.1")), null)),
                "SHARES_NOT_FOR_CURRENT_PARTIES");
    }

    @Test
    void aPartyThatPaysNothingMayBeLeftOutOfAModel() {
        fixture.given(REGISTERED, NOTTS_WITHDREW)
                .when(new ProposeCostSharing(ID, "4f", "4 force", FUNDING_FORMULA, List.of(share("leics", "50"),
                        share("derbys", "30"), share("northants", "20")), null))
                .expectEvents(new CostSharingProposed(ID, "4f", "4 force", FUNDING_FORMULA, List.of(share("leics", "50"),
                        share("derbys", "30"), share("northants", "20")), null));
    }

    // --- Valid time: each fact judged on its own date, whatever order the facts were recorded in ---

    @Test
    void aModelIsJudgedOnTheDateItAppliesFromNotOnTheDayItIsRecorded() {
        // Nottinghamshire's exit on 31 March 2018 is on the record; a formula for the four forces that
        // remain, put to the board on 15 February to apply from 1 April, names the parties of 1 April.
        fixture.given(on("2017-04-20", REGISTERED), on("2018-03-31", NOTTS_WITHDREW))
                .when(new ProposeCostSharing(ID, "4f", "4 force", FUNDING_FORMULA, FUNDING_FORMULA_SHARES,
                        LocalDate.parse("2018-04-01")), dated("2018-02-15"))
                .expectEvents(new CostSharingProposed(ID, "4f", "4 force", FUNDING_FORMULA, FUNDING_FORMULA_SHARES,
                        LocalDate.parse("2018-04-01")));
    }

    @Test
    void aModelDatedBeforeAWithdrawalRecordedEarlierStillNamesThatParty() {
        List<CostShare> fiveForces = List.of(share("leics", "25"), share("derbys", "25"), share("northants", "20"),
                share("lincs", "15"), share("notts", "15"));
        fixture.given(on("2017-04-20", REGISTERED), on("2018-03-31", NOTTS_WITHDREW))
                .when(new AgreeCostSharing(ID, "5f", "5 force", FUNDING_FORMULA, fiveForces, null, null), dated("2017-05-01"))
                .expectEvents(new CostSharingAgreed(ID, "5f", "5 force", FUNDING_FORMULA, fiveForces, null,
                        LocalDate.parse("2017-05-01")));
    }

    @Test
    void aWithdrawalRecordedLateIsJudgedOnItsOwnDate() {
        fixture.given(on("2017-04-20", REGISTERED), on("2018-06-01", new PartyJoined(ID, NOTTS_PCC)))
                .when(new WithdrawFromCollaboration(ID, "notts", "Leaving"), dated("2018-01-10"))
                .expectEvents(new PartyWithdrew(ID, "notts", "Leaving"));
    }

    @Test
    void aJoiningDatedBeforeTheJoiningOnRecordIsRefused() {
        refused(fixture.given(on("2017-04-20", REGISTERED), on("2018-06-01", new PartyJoined(ID, NOTTS_PCC)))
                .when(new JoinCollaboration(ID, NOTTS_PCC), dated("2018-01-10")), "ALREADY_A_PARTY");
    }

    @Test
    void aWithdrawalDatedBeforeTheWithdrawalOnRecordIsRefused() {
        refused(fixture.given(on("2017-04-20", REGISTERED), on("2018-03-31", NOTTS_WITHDREW))
                .when(new WithdrawFromCollaboration(ID, "notts", "Earlier"), dated("2018-01-10")), "NOT_A_CURRENT_PARTY");
    }

    @Test
    void aLateWithdrawalThatWouldLeaveALaterDayWithoutAPartyIsRefused() {
        fixture.given(on("2017-04-20", new CollaborationRegistered(ID, TITLE, SCOPE, List.of(LEICS, DERBYS), null, null)),
                        on("2018-06-01", new PartyWithdrew(ID, "leics", "Leaving")))
                .when(new WithdrawFromCollaboration(ID, "derbys", "Leaving too"), dated("2018-01-10"))
                .expectException(uk.police.collaboration.ledger.shared.RuleViolation.class)
                .expectExceptionMessage(containsString("without any party on 2018-06-01"));
    }

    private static EventMessage<?> on(String effectiveOn, Object event) {
        return GenericEventMessage.asEventMessage(event).andMetaData(Map.of(EnvelopeKeys.EFFECTIVE_ON, effectiveOn));
    }

    private static Map<String, String> dated(String effectiveOn) {
        return Map.of(EnvelopeKeys.EFFECTIVE_ON, effectiveOn);
    }

    @Test
    void twoSharesForOnePartyAreRefused() {
        refused(fixture.given(REGISTERED, NOTTS_WITHDREW)
                .when(new ProposeCostSharing(ID, "4f", "4 force", FUNDING_FORMULA, List.of(share("leics", "31.5"),
                        share("derbys", "30.0"), share("northants", "10.2"), share("northants", "10.2"),
                        share("lincs", "18.1")), null)),
                "SHARES_NOT_FOR_CURRENT_PARTIES");
    }

    @Test
    void sharesSummingTo99Point9AreRefused() {
        refused(fixture.given(REGISTERED, NOTTS_WITHDREW)
                .when(new ProposeCostSharing(ID, "4f", "4 force", FUNDING_FORMULA, List.of(share("leics", "31.5"),
                        share("derbys", "30.0"), share("northants", "20.4"), share("lincs", "18.0")), null)),
                "SHARES_DO_NOT_SUM_TO_100");
    }

    // --- AgreeCostSharing ---

    @Test
    void theEmsouFundingFormulaSharesAfterNottinghamshireWithdrewAreAgreed() {
        fixture.given(REGISTERED, NOTTS_WITHDREW)
                .when(new AgreeCostSharing(ID, "4f-formula", "4 force, costs shared by funding formula",
                        FUNDING_FORMULA, FUNDING_FORMULA_SHARES, "PCSB 20 April 2017", null))
                .expectEvents(new CostSharingAgreed(ID, "4f-formula", "4 force, costs shared by funding formula",
                        FUNDING_FORMULA, FUNDING_FORMULA_SHARES, "PCSB 20 April 2017", null));
    }

    @Test
    void aProposedModelIsAgreedUnderItsOwnId() {
        fixture.given(REGISTERED, NOTTS_WITHDREW, new CostSharingProposed(ID, "4f-pro-rata",
                        "4 force, pro rata to staff", PRO_RATA_TO_STAFF, PRO_RATA_SHARES, null))
                .when(new AgreeCostSharing(ID, "4f-pro-rata", "4 force, pro rata to staff", PRO_RATA_TO_STAFF,
                        PRO_RATA_SHARES, null, null))
                .expectEvents(new CostSharingAgreed(ID, "4f-pro-rata", "4 force, pro rata to staff",
                        PRO_RATA_TO_STAFF, PRO_RATA_SHARES, null, null));
    }

    @Test
    void agreeingAShareForTheWithdrawnPartyIsRefused() {
        refused(fixture.given(REGISTERED, NOTTS_WITHDREW)
                .when(new AgreeCostSharing(ID, "4f-formula", "4 force", FUNDING_FORMULA, List.of(
                        share("leics", "31.5"), share("derbys", "30.0"), share("northants", "20.4"),
                        share("notts", "18.1")), null, null)),
                "SHARES_NOT_FOR_CURRENT_PARTIES");
    }

    @Test
    void agreeingFiveForceSharesAfterNottinghamshireWithdrewIsRefused() {
        refused(fixture.given(REGISTERED, NOTTS_WITHDREW)
                .when(new AgreeCostSharing(ID, "5f", "5 force", FUNDING_FORMULA, List.of(share("leics", "25"),
                        share("derbys", "25"), share("northants", "20"), share("lincs", "15"),
                        share("notts", "15")), null, null)),
                "SHARES_NOT_FOR_CURRENT_PARTIES");
    }

    @Test
    void agreeingSharesSummingTo99Point9IsRefused() {
        refused(fixture.given(REGISTERED, NOTTS_WITHDREW)
                .when(new AgreeCostSharing(ID, "4f-formula", "4 force", FUNDING_FORMULA, List.of(
                        share("leics", "31.5"), share("derbys", "29.9"), share("northants", "20.4"),
                        share("lincs", "18.1")), null, null)),
                "SHARES_DO_NOT_SUM_TO_100");
    }

    // --- CloseCollaboration ---

    @Test
    void aCollaborationIsClosedWithItsOutcome() {
        fixture.given(REGISTERED)
                .when(new CloseCollaboration(ID, ClosureOutcome.SUPERSEDED, "Replaced by the 4 + 1 arrangement"))
                .expectEvents(CLOSED);
    }

    @Test
    void aClosureDatedBeforeTheRecordsOwnLaterFactsIsRefused() {
        refused(fixture.given(on("2017-04-20", REGISTERED), on("2017-06-01", NOTTS_WITHDREW))
                .when(new CloseCollaboration(ID, ClosureOutcome.SUPERSEDED, "Replaced"), dated("2017-05-01")),
                "CLOSURE_BEFORE_RECORDED_FACTS");
    }

    @Test
    void closingAClosedCollaborationIsRefused() {
        refused(fixture.given(REGISTERED, CLOSED)
                .when(new CloseCollaboration(ID, ClosureOutcome.ABANDONED, "Again")), "COLLABORATION_CLOSED");
    }
}

