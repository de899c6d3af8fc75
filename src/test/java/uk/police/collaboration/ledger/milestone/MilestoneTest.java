package uk.police.collaboration.ledger.milestone;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.police.collaboration.ledger.milestone.api.AchieveMilestone;
import uk.police.collaboration.ledger.milestone.api.MilestoneAchieved;
import uk.police.collaboration.ledger.milestone.api.MilestoneRevised;
import uk.police.collaboration.ledger.milestone.api.MilestoneSet;
import uk.police.collaboration.ledger.milestone.api.ReviseMilestone;
import uk.police.collaboration.ledger.milestone.api.SetMilestone;

import java.time.LocalDate;

import static uk.police.collaboration.ledger.shared.Refusals.ruleViolation;

/** Milestones as in the seed papers: the Athena go-live (May 2018), the SOH statement of intent deadline. */
class MilestoneTest {

    static final String ATHENA = "athena-go-live";
    static final String PROGRAMME = "public-contact-bch";
    static final LocalDate MAY_2018 = LocalDate.of(2018, 5, 1);

    private FixtureConfiguration<Milestone> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Milestone.class);
    }

    static MilestoneSet athenaSet() {
        return new MilestoneSet(ATHENA, PROGRAMME, "Athena go-live", MAY_2018, "athena");
    }

    @Test
    void aMilestoneIsSetForAPlannedDate() {
        fixture.givenNoPriorActivity()
                .when(new SetMilestone(ATHENA, PROGRAMME, "Athena go-live", MAY_2018, "athena"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(athenaSet());
    }

    @Test
    void aMilestoneIsSetWithoutAWorkstream() {
        fixture.givenNoPriorActivity()
                .when(new SetMilestone("soh-soi-deadline", "single-online-home", "Statement of intent signed",
                        LocalDate.of(2018, 3, 23), null))
                .expectEvents(new MilestoneSet("soh-soi-deadline", "single-online-home", "Statement of intent signed",
                        LocalDate.of(2018, 3, 23), null));
    }

    @Test
    void aRevisionRecordsThePreviousAndTheNewDate() {
        fixture.given(athenaSet())
                .when(new ReviseMilestone(ATHENA, LocalDate.of(2018, 6, 1), "Go-live moved by the Athena consortium"))
                .expectEvents(new MilestoneRevised(ATHENA, PROGRAMME, MAY_2018, LocalDate.of(2018, 6, 1),
                        "Go-live moved by the Athena consortium"));
    }

    @Test
    void aSecondRevisionStartsFromTheRevisedDate() {
        fixture.given(athenaSet(),
                        new MilestoneRevised(ATHENA, PROGRAMME, MAY_2018, LocalDate.of(2018, 6, 1), "First move"))
                .when(new ReviseMilestone(ATHENA, LocalDate.of(2018, 7, 1), "Second move"))
                .expectEvents(new MilestoneRevised(ATHENA, PROGRAMME, LocalDate.of(2018, 6, 1),
                        LocalDate.of(2018, 7, 1), "Second move"));
    }

    @Test
    void revisingToTheDateAlreadyPlannedIsRefused() {
        fixture.given(athenaSet())
                .when(new ReviseMilestone(ATHENA, MAY_2018, "No change"))
                .expectException(ruleViolation("SAME_DATE"))
                .expectNoEvents();
    }

    @Test
    void revisingAnAchievedMilestoneIsRefused() {
        fixture.given(athenaSet(), new MilestoneAchieved(ATHENA, PROGRAMME, null))
                .when(new ReviseMilestone(ATHENA, LocalDate.of(2018, 6, 1), "Too late"))
                .expectException(ruleViolation("MILESTONE_ACHIEVED"))
                .expectNoEvents();
    }

    @Test
    void aMilestoneIsAchievedWithANote() {
        fixture.given(athenaSet())
                .when(new AchieveMilestone(ATHENA, "Athena live in all three forces"))
                .expectEvents(new MilestoneAchieved(ATHENA, PROGRAMME, "Athena live in all three forces"));
    }

    @Test
    void achievingAMilestoneTwiceIsRefused() {
        fixture.given(athenaSet(), new MilestoneAchieved(ATHENA, PROGRAMME, null))
                .when(new AchieveMilestone(ATHENA, null))
                .expectException(ruleViolation("MILESTONE_ACHIEVED"))
                .expectNoEvents();
    }
}
