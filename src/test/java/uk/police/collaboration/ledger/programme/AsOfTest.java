package uk.police.collaboration.ledger.programme;

import org.junit.jupiter.api.Test;
import uk.police.collaboration.ledger.ledgerlog.RecordedEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AsOfTest {

    private final Events log = Events.registered()
            .add("MilestoneSet", "2018-01-05", "2018-01-11T09:00:00Z",
                    "{'collaborationId':'bch-public-contact','milestoneId':'go-live','title':'Athena go-live','plannedOn':'2018-05-01','workstreamId':null}")
            .add("PartyWithdrew", "2018-03-01", "2018-01-12T09:00:00Z",
                    "{'collaborationId':'bch-public-contact','partyId':'cambs','reason':'Left'}");

    @Test
    void eventsAreOrderedByEffectiveDateThenStorePosition() {
        Events events = new Events()
                .add("A", "2018-02-01", "2018-01-01T00:00:00Z", "{}")
                .add("B", "2018-01-01", "2018-01-02T00:00:00Z", "{}")
                .add("C", "2018-01-01", "2018-01-03T00:00:00Z", "{}");
        assertThat(AsOf.select(events.list(), null, null).events()).extracting(RecordedEvent::eventType)
                .containsExactly("B", "C", "A");
    }

    @Test
    void asOfLeavesOutEventsEffectiveLater() {
        var selected = AsOf.select(log.list(), LocalDate.parse("2018-02-28"), null).events();
        assertThat(selected).extracting(RecordedEvent::eventType).containsExactly("CollaborationRegistered", "MilestoneSet");
    }

    @Test
    void asOfIncludesEventsEffectiveThatVeryDay() {
        assertThat(AsOf.select(log.list(), LocalDate.parse("2018-03-01"), null).events()).hasSize(3);
    }

    @Test
    void knownAtLeavesOutEventsRecordedLater() {
        var selected = AsOf.select(log.list(), null, Instant.parse("2018-01-11T09:00:00Z")).events();
        assertThat(selected).extracting(RecordedEvent::eventType).containsExactly("CollaborationRegistered", "MilestoneSet");
    }

    @Test
    void aCorrectionAppliesFromItsRecordingTimeOnAndTheLatestWins() {
        Events events = Events.registered()
                .add("MilestoneSet", "2018-01-05", "2018-01-11T09:00:00Z",
                        "{'collaborationId':'bch-public-contact','milestoneId':'go-live','title':'Athena go-live','plannedOn':'2018-05-01','workstreamId':null}");
        String target = events.lastId();
        events.add("RecordCorrected", "2018-02-01", "2018-02-01T09:00:00Z",
                        "{'correctionId':'c1','collaborationId':'bch-public-contact','recordId':'go-live','eventId':'" + target
                                + "','eventType':'MilestoneSet','whatWasWrong':'date','correctedFacts':{'plannedOn':'2018-06-01','title':'Athena live'}}")
                .add("RecordCorrected", "2018-03-01", "2018-03-01T09:00:00Z",
                        "{'correctionId':'c2','collaborationId':'bch-public-contact','recordId':'go-live','eventId':'" + target
                                + "','eventType':'MilestoneSet','whatWasWrong':'date again','correctedFacts':{'plannedOn':'2018-07-01'}}");
        List<RecordedEvent> before = AsOf.select(events.list(), null, Instant.parse("2018-01-31T00:00:00Z")).events();
        List<RecordedEvent> between = AsOf.select(events.list(), null, Instant.parse("2018-02-15T00:00:00Z")).events();
        AsOf.Selection after = AsOf.select(events.list(), null, null);

        assertThat(before.get(1).text("plannedOn")).isEqualTo("2018-05-01");
        assertThat(between.get(1).text("plannedOn")).isEqualTo("2018-06-01");
        assertThat(after.events().get(1).text("plannedOn")).isEqualTo("2018-07-01");
        assertThat(after.events().get(1).text("title")).isEqualTo("Athena live");
        assertThat(after.events()).extracting(RecordedEvent::eventType).doesNotContain("RecordCorrected");
        assertThat(after.corrections().get(target)).hasSize(2);
    }

    @Test
    void aCorrectionAppliesEvenWhenAsOfIsBeforeItsOwnEffectiveDate() {
        Events events = Events.registered();
        String target = events.lastId();
        events.add("RecordCorrected", "2019-01-01", "2019-01-01T09:00:00Z",
                "{'correctionId':'c1','collaborationId':'bch-public-contact','recordId':'x','eventId':'" + target
                        + "','eventType':'CollaborationRegistered','whatWasWrong':'title','correctedFacts':{'title':'Public Contact (BCH)'}}");
        assertThat(AsOf.select(events.list(), LocalDate.parse("2017-01-01"), null).events().get(0).text("title"))
                .isEqualTo("Public Contact (BCH)");
    }

    private static final String P = "'collaborationId':'bch-public-contact'";

    @Test
    void anAgreementIsDatedInForceFromItsLastSignatureInTheWorldNotTheLastRecorded() {
        Events events = Events.registered()
                .add("AgreementDrafted", "2020-10-01", "2021-01-01T00:00:00Z", "{" + P + ",'agreementId':'s22a','kind':'SECTION_22A','title':'S22A','parties':[{'partyId':'herts','name':'Herts','signatureRequired':true},{'partyId':'beds','name':'Beds','signatureRequired':true}],'signBy':null,'supersedesAgreementId':null}")
                .add("AgreementSigned", "2020-11-20", "2021-01-01T00:00:01Z", "{" + P + ",'agreementId':'s22a','partyId':'herts','signatory':'PCC'}")
                .add("AgreementSigned", "2020-11-12", "2021-01-01T00:00:02Z", "{" + P + ",'agreementId':'s22a','partyId':'beds','signatory':'PCC'}")
                // as stored before the aggregate dated it: with the date of the command that completed it
                .add("AgreementInForce", "2020-11-12", "2021-01-01T00:00:03Z", "{" + P + ",'agreementId':'s22a'}");
        List<RecordedEvent> selected = AsOf.select(events.list(), null, null).events();
        assertThat(selected).extracting(RecordedEvent::eventType).endsWith("AgreementSigned", "AgreementInForce");
        assertThat(selected.get(selected.size() - 1).effectiveOn()).isEqualTo(LocalDate.parse("2020-11-20"));
        assertThat(AsOf.select(events.list(), LocalDate.parse("2020-11-15"), null).events())
                .extracting(RecordedEvent::eventType).doesNotContain("AgreementInForce");
    }

    @Test
    void aCorrectedDateMovesTheFactInValidTimeFromTheCorrectionsRecordingOn() {
        Events events = Events.registered()
                .add("RiskRaised", "2018-06-02", "2018-06-10T00:00:00Z", "{" + P + ",'riskId':'r','label':null,'description':'d','likelihood':null,'impact':null,'owner':null}");
        String risk = events.lastId();
        events.add("RecordCorrected", "2018-07-20", "2018-07-20T00:00:00Z", "{" + P + ",'correctionId':'c','recordId':'r','eventId':'" + risk
                + "','eventType':'RiskRaised','commandId':'cmd-2','whatWasWrong':'Typed as 2 June','correctedFacts':{},"
                + "'correctedEffectiveOn':'2018-06-04','correctedSource':{'reference':'RISK LOG','section':null,'title':null,'url':null}}");
        assertThat(AsOf.select(events.list(), LocalDate.parse("2018-06-03"), null).events())
                .extracting(RecordedEvent::eventType).doesNotContain("RiskRaised");
        RecordedEvent moved = AsOf.select(events.list(), LocalDate.parse("2018-06-04"), null).events().get(1);
        assertThat(moved.effectiveOn()).isEqualTo(LocalDate.parse("2018-06-04"));
        assertThat(moved.source().reference()).isEqualTo("RISK LOG");
        RecordedEvent before = AsOf.select(events.list(), LocalDate.parse("2018-06-03"), Instant.parse("2018-07-01T00:00:00Z"))
                .events().get(1);
        assertThat(before.effectiveOn()).as("known before the correction: the original date").isEqualTo(LocalDate.parse("2018-06-02"));
    }
}
