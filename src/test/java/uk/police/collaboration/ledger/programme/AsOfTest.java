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
}
