package uk.police.collaboration.ledger.programme;

import org.junit.jupiter.api.Test;
import uk.police.collaboration.ledger.access.Clearance;
import uk.police.collaboration.ledger.programme.ProgrammeView.DecisionView;
import uk.police.collaboration.ledger.programme.ProgrammeView.PartyView;
import uk.police.collaboration.ledger.shared.Money;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ProgrammeFoldTest {

    private static final String P = "'collaborationId':'bch-public-contact'";
    private final ProgrammeFold fold = ProgrammeFold.withDefaultThreshold();
    private static final LocalDate TODAY = LocalDate.parse("2018-07-01");

    private ProgrammeView current(Events events) {
        return fold.current(events.list(), TODAY).orElseThrow();
    }

    @Test
    void anUnregisteredProgrammeHasNoView() {
        assertThat(fold.current(new Events().list(), TODAY)).isEmpty();
    }

    @Test
    void registrationGivesTitleScopeActiveStatusAndCurrentParties() {
        ProgrammeView view = current(Events.registered());
        assertThat(view.title()).isEqualTo("Public Contact");
        assertThat(view.status().state()).isEqualTo("ACTIVE");
        assertThat(view.parties()).extracting(PartyView::partyId).containsExactly("herts", "beds", "cambs");
        assertThat(view.parties()).allMatch(PartyView::current);
        assertThat(view.parties().get(0).joinedOn()).isEqualTo(LocalDate.parse("2016-11-01"));
        assertThat(view.lastChange().eventId()).isEqualTo("ev-1");
    }

    @Test
    void aWithdrawnPartyIsNoLongerCurrentAndKeepsItsDates() {
        Events events = Events.registered().add("PartyWithdrew", "2018-03-01", "2018-03-02T00:00:00Z",
                "{" + P + ",'partyId':'cambs','reason':'Single employer model not supported'}");
        PartyView cambs = current(events).parties().get(2);
        assertThat(cambs.current()).isFalse();
        assertThat(cambs.withdrawnOn()).isEqualTo(LocalDate.parse("2018-03-01"));
        assertThat(cambs.withdrawalReason()).isEqualTo("Single employer model not supported");
        assertThat(cambs.eventId()).isEqualTo("ev-2");
        assertThat(fold.asOf(events.list(), LocalDate.parse("2018-02-28"), null, TODAY).orElseThrow()
                .parties().get(2).current()).isTrue();
    }

    @Test
    void approvingAnOptionSettlesTheAppraisal() {
        Events events = Events.registered()
                .add("AppraisalOpened", "2018-01-01", "2018-03-01T00:00:00Z", "{" + P + ",'appraisalId':'a','title':'Future','workstreamId':null}")
                .add("OptionProposed", "2018-01-01", "2018-03-01T00:00:01Z", "{" + P + ",'appraisalId':'a','optionId':'option-1','title':'Do nothing','description':'d','timescale':null,'doNothing':true}")
                .add("OptionProposed", "2018-01-01", "2018-03-01T00:00:02Z", "{" + P + ",'appraisalId':'a','optionId':'option-2','title':'Medium term','description':'d','timescale':{'minMonths':18,'maxMonths':24,'from':'2018-01-01'},'doNothing':false}")
                .add("OptionApproved", "2018-02-01", "2018-03-01T00:00:03Z", "{" + P + ",'appraisalId':'a','optionId':'option-2','approvedBy':'Strategic Alliance Summit','meeting':'Summit, 1 February 2018','decisionReference':'BCB 1 March 2018'}")
                .add("OptionNotSelected", "2018-02-01", "2018-03-01T00:00:04Z", "{" + P + ",'appraisalId':'a','optionId':'option-1'}");
        var appraisal = current(events).appraisals().get(0);
        assertThat(appraisal.approvedOptionId()).isEqualTo("option-2");
        assertThat(appraisal.options()).extracting(ProgrammeView.OptionView::status).containsExactly("NOT_SELECTED", "APPROVED");
        var approved = appraisal.options().get(1);
        assertThat(approved.approvedBy()).isEqualTo("Strategic Alliance Summit");
        assertThat(approved.meeting()).isEqualTo("Summit, 1 February 2018");
        assertThat(approved.statusOn()).isEqualTo(LocalDate.parse("2018-02-01"));
        assertThat(approved.timescale().maxMonths()).isEqualTo(24);
        assertThat(approved.eventId()).isEqualTo("ev-5");
    }

    @Test
    void anAgreementIsInForceWithItsSignaturesAndThenTerminated() {
        Events events = Events.registered()
                .add("AgreementDrafted", "2016-11-01", "2018-03-01T00:00:00Z", "{" + P + ",'agreementId':'s22a','kind':'SECTION_22A','title':'S22A','parties':[{'partyId':'herts','name':'Herts','signatureRequired':true}],'signBy':null,'supersedesAgreementId':null}")
                .add("AgreementSigned", "2016-11-15", "2018-03-01T00:00:01Z", "{" + P + ",'agreementId':'s22a','partyId':'herts','signatory':'PCC for Hertfordshire'}")
                .add("AgreementInForce", "2016-11-15", "2018-03-01T00:00:02Z", "{" + P + ",'agreementId':'s22a'}");
        var agreement = current(events).agreements().get(0);
        assertThat(agreement.status()).isEqualTo("IN_FORCE");
        assertThat(agreement.legallyBinding()).isTrue();
        assertThat(agreement.inForceSince()).isEqualTo(LocalDate.parse("2016-11-15"));
        assertThat(agreement.parties().get(0).signatory()).isEqualTo("PCC for Hertfordshire");
        assertThat(agreement.parties().get(0).signedOn()).isEqualTo(LocalDate.parse("2016-11-15"));

        events.add("TerminationConsented", "2018-03-01", "2018-03-02T00:00:00Z", "{" + P + ",'agreementId':'s22a','partyId':'herts','consentedBy':'PCC'}")
                .add("AgreementTerminated", "2018-03-02", "2018-03-02T00:00:01Z", "{" + P + ",'agreementId':'s22a','reason':'Stood down','decisionReference':null}");
        var terminated = current(events).agreements().get(0);
        assertThat(terminated.status()).isEqualTo("TERMINATED");
        assertThat(terminated.parties().get(0).consentedBy()).isEqualTo("PCC");
    }

    @Test
    void fundingIsSharedByTheLatestAgreedModelWhichLapsesWhenAPartyWithdraws() {
        Events events = Events.registered()
                .add("CostSharingAgreed", "2018-01-01", "2018-03-01T00:00:00Z", "{" + P + ",'modelId':'equal','name':'Equal','basis':'EQUAL','decisionReference':null,'shares':[{'partyId':'herts','share':'50'},{'partyId':'beds','share':'25'},{'partyId':'cambs','share':'25'}]}")
                .add("FundingRequested", "2018-04-01", "2018-04-01T00:00:00Z", "{" + P + ",'fundingRequestId':'f1','amount':'188000.00','financialYear':'2018/19','purpose':'Team','fundingSource':null,'budgetLines':[],'decisionReference':null}")
                .add("FundingAllocated", "2018-06-22", "2018-06-22T00:00:00Z", "{" + P + ",'fundingRequestId':'f1','allocationId':'a1','amount':'100000.00','financialYear':'2018/19','decisionReference':'PFCC/100/2018','totalAllocated':'100000.00'}");
        ProgrammeView view = current(events);
        var year = view.fundingByYear().get(0);
        assertThat(year.requested()).isEqualTo(Money.of("188000.00"));
        assertThat(year.allocated()).isEqualTo(Money.of("100000.00"));
        assertThat(year.costSharingModelId()).isEqualTo("equal");
        assertThat(year.byParty()).extracting(p -> p.requested().toString()).containsExactly("94000.00", "47000.00", "47000.00");
        assertThat(year.costSharingModelLapsed()).isFalse();

        events.add("PartyWithdrew", "2018-06-30", "2018-06-30T00:00:00Z", "{" + P + ",'partyId':'cambs','reason':'left'}");
        ProgrammeView after = current(events);
        assertThat(after.costSharing().get(0).lapsed()).isTrue();
        assertThat(after.costSharing().get(0).lapsedBecauseOf()).containsExactly("cambs");
        assertThat(after.fundingByYear().get(0).costSharingModelLapsed()).isTrue();
    }

    @Test
    void aMilestoneIsOverdueWhenItsPlannedDateHasPassedUnachieved() {
        Events events = Events.registered()
                .add("MilestoneSet", "2018-01-05", "2018-01-11T00:00:00Z", "{" + P + ",'milestoneId':'go-live','title':'Athena go-live','plannedOn':'2018-05-01','workstreamId':null}")
                .add("MilestoneRevised", "2018-04-01", "2018-04-01T00:00:00Z", "{" + P + ",'milestoneId':'go-live','previousPlannedOn':'2018-05-01','plannedOn':'2018-06-01','reason':'moved'}");
        assertThat(current(events).milestones().get(0).overdue()).isTrue();
        assertThat(current(events).milestones().get(0).revisions()).hasSize(1);
        assertThat(fold.asOf(events.list(), LocalDate.parse("2018-05-15"), null, TODAY).orElseThrow()
                .milestones().get(0).overdue()).isFalse();
        events.add("MilestoneAchieved", "2018-06-20", "2018-06-20T00:00:00Z", "{" + P + ",'milestoneId':'go-live','note':'live'}");
        var achieved = current(events).milestones().get(0);
        assertThat(achieved.overdue()).isFalse();
        assertThat(achieved.achievedOn()).isEqualTo(LocalDate.parse("2018-06-20"));
    }

    @Test
    void aDecisionAboveTheThresholdIsOfSignificantPublicInterestAndPartTwoIsWithheldBelowAuditor() {
        Events events = Events.registered()
                .add("DecisionRecorded", "2018-03-22", "2018-03-22T00:00:00Z", "{" + P + ",'reference':'D09-2018','title':'SOH','decisionMaker':'PCC','reportAuthor':'RP','reportDate':null,'recommendations':['Join, naming Jo Bloggs'],'expenditure':'65117.33','flaggedSignificant':false,'significanceReason':null,'optionIds':[],'agreementIds':[],'fundingRequestIds':[]}")
                .add("SignOffRecorded", "2018-03-23", "2018-03-23T00:00:00Z", "{" + P + ",'reference':'D09-2018','role':'PCC','name':'Martin Surl'}")
                .add("RedactionRequired", "2018-03-23", "2018-03-23T00:00:01Z", "{" + P + ",'reference':'D09-2018','redactionId':'r1','part':'Decision sheet','passage':'Jo Bloggs','exemption':'s.40 FOIA'}")
                .add("PartTwoAttached", "2018-03-23", "2018-03-23T00:00:02Z", "{" + P + ",'reference':'D09-2018','partTwoId':'p2','content':'Supplier prices','ground':'COMMERCIAL_SENSITIVITY'}");
        DecisionView decision = current(events).decisions().get(0);
        assertThat(decision.significantPublicInterest()).isTrue();
        assertThat(decision.signOffs().get(0).signedOn()).isEqualTo(LocalDate.parse("2018-03-23"));
        assertThat(decision.publicationStatus()).isEqualTo("NOT_DECIDED");

        DecisionView board = current(events).forReader(Clearance.BOARD, TODAY).decisions().get(0);
        assertThat(board.partTwo().get(0).content()).isNull();
        assertThat(board.partTwo().get(0).ground()).isEqualTo("COMMERCIAL_SENSITIVITY");
        assertThat(board.redactions().get(0).passage()).isEqualTo("Jo Bloggs");
        DecisionView auditor = current(events).forReader(Clearance.AUDITOR, TODAY).decisions().get(0);
        assertThat(auditor.partTwo().get(0).content()).isEqualTo("Supplier prices");
        assertThat(current(events).forReader(Clearance.FOI, TODAY).decisions()).isEmpty();
    }

    @Test
    void workstreamsNestUnderTheirParents() {
        Events events = Events.registered()
                .add("WorkstreamAdded", "2017-01-01", "2018-01-11T00:00:00Z", "{" + P + ",'workstreamId':'cj','title':'Criminal justice','parentWorkstreamId':null,'lead':null}")
                .add("WorkstreamAdded", "2017-01-01", "2018-01-11T00:00:01Z", "{" + P + ",'workstreamId':'cj-ocd','title':'Out of Court Disposals','parentWorkstreamId':'cj','lead':'ACC Blaker'}");
        var workstreams = current(events).workstreams();
        assertThat(workstreams).hasSize(1);
        assertThat(workstreams.get(0).workstreams().get(0).title()).isEqualTo("Out of Court Disposals");
    }

    @Test
    void aClosedProgrammeCarriesItsOutcomeAndReason() {
        Events events = Events.registered().add("CollaborationClosed", "2017-09-27", "2018-01-11T00:00:00Z",
                "{" + P + ",'outcome':'NOT_PROGRESSED','reason':'Do Nothing confirmed'}");
        var status = current(events).status();
        assertThat(status.state()).isEqualTo("CLOSED");
        assertThat(status.outcome()).isEqualTo("NOT_PROGRESSED");
        assertThat(status.closedOn()).isEqualTo(LocalDate.parse("2017-09-27"));
    }
}
