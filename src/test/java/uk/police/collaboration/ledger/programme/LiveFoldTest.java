package uk.police.collaboration.ledger.programme;

import org.junit.jupiter.api.Test;
import uk.police.collaboration.ledger.ledgerlog.RecordedEvent;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kept fold, advanced batch by batch, gives exactly the view the from-scratch fold gives for
 * the same events: for generated programmes with facts in order, late facts (effective before
 * facts already folded) and corrections of earlier facts, split into batches at random.
 */
class LiveFoldTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-12-01");
    private static final String P = "'collaborationId':'" + Events.PROGRAMME + "'";
    private final ProgrammeFold fold = ProgrammeFold.withDefaultThreshold();

    @Test
    void incrementalAndFromScratchFoldsGiveIdenticalViewsForGeneratedProgrammes() {
        for (long seed = 1; seed <= 40; seed++) {
            Random random = new Random(seed);
            List<RecordedEvent> all = generated(random, 40 + random.nextInt(120)).list();
            int first = 1 + random.nextInt(5);
            LiveFold live = new LiveFold(new BigDecimal("50000.00"), all.subList(0, first));
            assertThat(live.view(TODAY)).as("seed %d, first %d events", seed, first).isEqualTo(fold.current(all.subList(0, first), TODAY));
            for (int done = first; done < all.size(); ) {
                int next = Math.min(all.size(), done + 1 + random.nextInt(12));
                live.advance(all.subList(done, next));
                done = next;
                assertThat(live.view(TODAY)).as("seed %d after %d events", seed, done)
                        .isEqualTo(fold.current(all.subList(0, done), TODAY));
            }
        }
    }

    @Test
    void aFactAfterEverythingFoldedIsAppliedWithoutFoldingAgainAndALateOrCorrectingOneIsFoldedAgain() {
        Events events = Events.registered()
                .add("RiskRaised", "2018-01-01", "2018-01-11T00:00:00Z", risk("r1"))
                .add("RiskRaised", "2018-02-01", "2018-02-01T00:00:00Z", risk("r2"))
                .add("RiskRaised", "2017-06-01", "2018-02-02T00:00:00Z", risk("r3"));
        String target = events.list().get(1).eventId();
        events.add("RecordCorrected", "2018-03-01", "2018-03-01T00:00:00Z", "{'correctionId':'c1'," + P + ",'recordId':'r1',"
                + "'eventId':'" + target + "','eventType':'RiskRaised','whatWasWrong':'owner','correctedFacts':{'owner':'Chief Constable'}}");
        List<RecordedEvent> all = events.list();
        LiveFold live = new LiveFold(new BigDecimal("50000.00"), all.subList(0, 2));
        assertThat(live.advance(all.subList(2, 3))).isFalse();
        assertThat(live.advance(all.subList(3, 4))).isTrue();
        assertThat(live.advance(all.subList(4, 5))).isTrue();
        assertThat(live.view(TODAY)).isEqualTo(fold.current(all, TODAY));
    }

    private static String risk(String id) {
        return "{" + P + ",'riskId':'" + id + "','label':'a','description':'Costs not final','likelihood':'Medium','impact':'High','owner':'PCC'}";
    }

    /** A programme's events: mostly in effective-date order, about one in five late, some corrections of earlier facts. */
    private static Events generated(Random random, int size) {
        Events events = Events.registered();
        LocalDate day = LocalDate.parse("2017-01-01");
        Instant recorded = Instant.parse("2018-01-11T00:00:00Z");
        List<String> milestones = new ArrayList<>();
        List<String> risks = new ArrayList<>();
        List<String[]> correctable = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            day = day.plusDays(random.nextInt(20));
            recorded = recorded.plusSeconds(3600 + random.nextInt(86_400));
            LocalDate effective = random.nextInt(5) == 0 ? day.minusDays(1 + random.nextInt(400)) : day;
            if (effective.isBefore(LocalDate.parse("2016-11-01"))) {
                effective = LocalDate.parse("2016-11-01");
            }
            String on = effective.toString();
            String at = recorded.toString();
            switch (random.nextInt(9)) {
                case 0, 1 -> {
                    String id = "m" + i;
                    milestones.add(id);
                    events.add("MilestoneSet", on, at, "{" + P + ",'milestoneId':'" + id + "','title':'Milestone " + i
                            + "','plannedOn':'" + effective.plusDays(30 + random.nextInt(300)) + "','workstreamId':null}");
                    correctable.add(new String[]{events.lastId(), "MilestoneSet", id, "'plannedOn':'" + effective.plusDays(90) + "'"});
                }
                case 2 -> {
                    if (!milestones.isEmpty()) {
                        String id = milestones.get(random.nextInt(milestones.size()));
                        events.add("MilestoneRevised", on, at, "{" + P + ",'milestoneId':'" + id + "','previousPlannedOn':null,"
                                + "'plannedOn':'" + effective.plusDays(60) + "','reason':'moved'}");
                    }
                }
                case 3 -> {
                    if (!milestones.isEmpty()) {
                        String id = milestones.get(random.nextInt(milestones.size()));
                        events.add("MilestoneAchieved", on, at, "{" + P + ",'milestoneId':'" + id + "','note':'done'}");
                    }
                }
                case 4, 5 -> {
                    String id = "r" + i;
                    risks.add(id);
                    events.add("RiskRaised", on, at, risk(id));
                    correctable.add(new String[]{events.lastId(), "RiskRaised", id, "'owner':'Owner " + i + "'"});
                }
                case 6 -> {
                    if (!risks.isEmpty()) {
                        String id = risks.get(random.nextInt(risks.size()));
                        events.add("RiskMitigated", on, at, "{" + P + ",'riskId':'" + id + "','mitigation':'Mitigation " + i + "'}");
                    }
                }
                case 7 -> {
                    int year = 2017 + random.nextInt(3);
                    events.add("FundingRequested", on, at, "{" + P + ",'fundingRequestId':'f" + i + "','amount':'"
                            + (1000 + random.nextInt(90_000)) + ".00','financialYear':'" + year + "/" + (year - 1999)
                            + "','purpose':'Team','fundingSource':null,'budgetLines':[],'decisionReference':null}");
                }
                default -> {
                    if (!correctable.isEmpty()) {
                        String[] target = correctable.get(random.nextInt(correctable.size()));
                        events.add("RecordCorrected", on, at, "{'correctionId':'c" + i + "'," + P + ",'recordId':'" + target[2]
                                + "','eventId':'" + target[0] + "','eventType':'" + target[1] + "','whatWasWrong':'fact',"
                                + "'correctedFacts':{" + target[3] + "}}");
                    }
                }
            }
        }
        return events;
    }
}
