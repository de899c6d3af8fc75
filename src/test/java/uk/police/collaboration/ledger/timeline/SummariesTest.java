package uk.police.collaboration.ledger.timeline;

import org.junit.jupiter.api.Test;
import uk.police.collaboration.ledger.access.Clearance;
import uk.police.collaboration.ledger.ledgerlog.RecordedEvent;
import uk.police.collaboration.ledger.programme.Events;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SummariesTest {

    private static final String P = "'collaborationId':'bch-public-contact'";

    private final Events events = Events.registered()
            .add("AppraisalOpened", "2018-01-01", "2018-03-01T00:00:00Z", "{" + P + ",'appraisalId':'a','title':'Future','workstreamId':null}")
            .add("OptionProposed", "2018-01-01", "2018-03-01T00:00:01Z", "{" + P + ",'appraisalId':'a','optionId':'option-2','title':'Progress collaboration in the medium term','description':'d','timescale':{'minMonths':18,'maxMonths':24,'from':'2018-01-01'},'doNothing':false}")
            .add("OptionApproved", "2018-02-01", "2018-03-01T00:00:02Z", "{" + P + ",'appraisalId':'a','optionId':'option-2','approvedBy':'Strategic Alliance Summit','meeting':null,'decisionReference':null}")
            .add("PartyWithdrew", "2018-03-01", "2018-03-02T00:00:00Z", "{" + P + ",'partyId':'cambs','reason':'Left the alliance'}")
            .add("FundingRequested", "2018-06-22", "2018-06-22T00:00:00Z", "{" + P + ",'fundingRequestId':'f1','amount':'188000.00','financialYear':'2018/19','purpose':'Temporary implementation team','fundingSource':'Virement from the Operational Transformation Reserve','budgetLines':[],'decisionReference':null}")
            .add("MilestoneSet", "2018-01-05", "2018-01-11T00:00:00Z", "{" + P + ",'milestoneId':'go-live','title':'Athena go-live','plannedOn':'2018-05-01','workstreamId':null}")
            .add("MilestoneRevised", "2018-04-01", "2018-04-01T00:00:00Z", "{" + P + ",'milestoneId':'go-live','previousPlannedOn':'2018-05-01','plannedOn':'2018-06-01','reason':'Moved by the consortium'}")
            .add("DecisionRecorded", "2018-03-22", "2018-03-22T00:00:00Z", "{" + P + ",'reference':'D09-2018','title':'SOH for Jo Bloggs','decisionMaker':'PCC','reportAuthor':'RP','reportDate':null,'recommendations':[],'expenditure':'65117.33','flaggedSignificant':false,'significanceReason':null,'optionIds':[],'agreementIds':[],'fundingRequestIds':[]}")
            .add("RedactionRequired", "2018-03-23", "2018-03-23T00:00:01Z", "{" + P + ",'reference':'D09-2018','redactionId':'r1','part':'Decision sheet','passage':'Jo Bloggs','exemption':'s.40 FOIA'}")
            .add("PartTwoAttached", "2018-03-23", "2018-03-23T00:00:02Z", "{" + P + ",'reference':'D09-2018','partTwoId':'p2','content':'PART-TWO-SECRET prices','ground':'COMMERCIAL_SENSITIVITY'}");

    private String summaryOf(String type, Clearance clearance) {
        List<RecordedEvent> all = events.list();
        Summaries summaries = new Summaries(all, clearance);
        return summaries.summary(all.stream().filter(e -> e.eventType().equals(type)).findFirst().orElseThrow());
    }

    @Test
    void anApprovedOptionIsNamedByNumberAndTitle() {
        assertThat(summaryOf("OptionApproved", Clearance.BOARD))
                .isEqualTo("Strategic Alliance Summit approved Option 2 — Progress collaboration in the medium term");
    }

    @Test
    void anOptionWhoseTitleAlreadyNamesItIsNotNamedTwiceAndAnUnnumberedOptionGoesByItsTitle() {
        Events log = Events.registered()
                .add("OptionProposed", "2018-01-01", "2018-03-01T00:00:01Z", "{" + P + ",'appraisalId':'a','optionId':'option-3','title':'Option 3 – Not to progress','description':'d','timescale':null,'doNothing':true}")
                .add("OptionProposed", "2018-01-01", "2018-03-01T00:00:02Z", "{" + P + ",'appraisalId':'a','optionId':'four-plus-one','title':'4 + 1 model','description':'d','timescale':null,'doNothing':false}");
        Summaries summaries = new Summaries(log.list(), Clearance.BOARD);
        assertThat(summaries.summary(log.list().get(1))).isEqualTo("Option 3 – Not to progress proposed as the 'Do Nothing' baseline");
        assertThat(summaries.summary(log.list().get(2))).isEqualTo("option “4 + 1 model” proposed");
    }

    @Test
    void aProposedOptionGivesItsTimescale() {
        assertThat(summaryOf("OptionProposed", Clearance.BOARD))
                .isEqualTo("Option 2 — Progress collaboration in the medium term proposed, timescale 18–24 months from 1 January 2018");
    }

    @Test
    void aWithdrawalNamesThePartyAndTheReason() {
        assertThat(summaryOf("PartyWithdrew", Clearance.BOARD)).isEqualTo("Cambridgeshire withdrew from the collaboration: Left the alliance");
    }

    @Test
    void fundingIsWrittenInPoundsAndPence() {
        assertThat(summaryOf("FundingRequested", Clearance.BOARD)).isEqualTo("Funding of £188,000.00 requested for 2018/19: "
                + "Temporary implementation team (Virement from the Operational Transformation Reserve)");
    }

    @Test
    void aRevisedMilestoneGivesBothDatesInUkForm() {
        assertThat(summaryOf("MilestoneRevised", Clearance.BOARD))
                .isEqualTo("Milestone “Athena go-live” moved from 1 May 2018 to 1 June 2018: Moved by the consortium");
    }

    @Test
    void partTwoContentAppearsOnlyForAnAuditor() {
        assertThat(summaryOf("PartTwoAttached", Clearance.BOARD)).doesNotContain("PART-TWO-SECRET")
                .isEqualTo("Part Two (exempt) material attached to decision D09-2018 on the ground of commercial sensitivity");
        assertThat(summaryOf("PartTwoAttached", Clearance.AUDITOR)).contains("PART-TWO-SECRET");
    }

    @Test
    void aRedactedPassageIsReplacedWhereverItOccursForReadersNotClearedToSeeIt() {
        assertThat(summaryOf("DecisionRecorded", Clearance.FOI)).contains("[Redacted: s.40 FOIA]").doesNotContain("Jo Bloggs");
        assertThat(summaryOf("RedactionRequired", Clearance.FOI)).doesNotContain("Jo Bloggs");
        assertThat(summaryOf("DecisionRecorded", Clearance.BOARD)).contains("Jo Bloggs");
    }

    @Test
    void aCorrectionSaysWhatItCorrectedAndHidesCorrectedPartTwoContent() {
        Events corrected = Events.registered();
        String target = corrected.lastId();
        corrected.add("PartTwoAttached", "2018-03-23", "2018-03-23T00:00:02Z", "{" + P + ",'reference':'D','partTwoId':'p2','content':'old secret','ground':'NATIONAL_SECURITY'}");
        String partTwo = corrected.lastId();
        corrected.add("RecordCorrected", "2018-04-01", "2018-04-01T00:00:00Z", "{'correctionId':'c1'," + P + ",'recordId':'D','eventId':'"
                + partTwo + "','eventType':'PartTwoAttached','whatWasWrong':'wrong figure','correctedFacts':{'content':'new secret'}}");
        List<RecordedEvent> all = corrected.list();
        Summaries board = new Summaries(all, Clearance.BOARD);
        assertThat(board.summary(all.get(2))).isEqualTo(
                "Correction of an earlier part two attached event (" + partTwo + "): wrong figure; corrected content");
        assertThat(board.visibleFacts(all.get(2)).toString()).doesNotContain("secret");
        assertThat(new Summaries(all, Clearance.AUDITOR).visibleFacts(all.get(2)).toString()).contains("new secret");
        assertThat(target).isEqualTo("ev-1");
    }

    @Test
    void aLineNamesABusinessCaseByTheTitleItHadOnTheLinesOwnDate() {
        Events history = Events.registered()
                .add("BusinessCaseDrafted", "2019-06-01", "2019-12-01T00:00:00Z", "{" + P + ",'businessCaseId':'bc','workstreamId':null,'title':'Outline case','stage':'OBC','tranche':null}")
                .add("BusinessCaseAdvanced", "2019-11-05", "2019-12-01T00:00:01Z", "{" + P + ",'businessCaseId':'bc','fromStage':'OBC','toStage':'FBC','title':'Full case'}")
                .add("BusinessCaseEndorsed", "2019-07-10", "2019-12-01T00:00:02Z", "{" + P + ",'businessCaseId':'bc','endorsedBy':'Chiefs','stage':'OBC'}");
        List<RecordedEvent> all = history.list();
        Summaries summaries = new Summaries(all, Clearance.BOARD);
        assertThat(summaries.summary(all.get(3))).isEqualTo("Outline business case “Outline case” endorsed by Chiefs");
    }

    @Test
    void aRunningTotalIsCountedInWorldOrderNotRecordingOrder() {
        Events funding = Events.registered()
                .add("FundingRequested", "2018-04-01", "2018-04-01T00:00:00Z", "{" + P + ",'fundingRequestId':'f1','amount':'100.00','financialYear':'2018/19','purpose':'Team','fundingSource':null,'budgetLines':[],'decisionReference':null}")
                .add("FundingAllocated", "2018-09-01", "2018-09-01T00:00:00Z", "{" + P + ",'fundingRequestId':'f1','allocationId':'a2','amount':'30.00','financialYear':'2018/19','decisionReference':null,'totalAllocated':'30.00'}")
                .add("FundingAllocated", "2018-05-01", "2018-09-02T00:00:00Z", "{" + P + ",'fundingRequestId':'f1','allocationId':'a1','amount':'20.00','financialYear':'2018/19','decisionReference':null,'totalAllocated':'50.00'}");
        List<RecordedEvent> all = funding.list();
        Summaries summaries = new Summaries(all, Clearance.BOARD);
        assertThat(summaries.summary(all.get(3))).endsWith("(£20.00 allocated in all)");
        assertThat(summaries.summary(all.get(2))).endsWith("(£50.00 allocated in all)");
    }
}
