package uk.police.collaboration.ledger.milestone;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import uk.police.collaboration.ledger.milestone.api.AchieveMilestone;
import uk.police.collaboration.ledger.milestone.api.MilestoneAchieved;
import uk.police.collaboration.ledger.milestone.api.MilestoneRevised;
import uk.police.collaboration.ledger.milestone.api.MilestoneSet;
import uk.police.collaboration.ledger.milestone.api.ReviseMilestone;
import uk.police.collaboration.ledger.milestone.api.SetMilestone;

import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static uk.police.collaboration.ledger.shared.RuleViolation.refuseUnless;

/** A milestone of a programme (e.g. the Athena go-live, a statement of intent signing deadline): set, revised, achieved. */
@Aggregate
public class Milestone {

    @AggregateIdentifier
    private String milestoneId;
    private String collaborationId;
    private String title;
    private LocalDate plannedOn;
    private boolean achieved;

    protected Milestone() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    public Milestone(SetMilestone command) {
        apply(new MilestoneSet(command.milestoneId(), command.collaborationId(), command.title(), command.plannedOn(),
                command.workstreamId()));
    }

    @CommandHandler
    public void handle(ReviseMilestone command) {
        refuseUnlessNotAchieved("it cannot be revised");
        refuseUnless(!command.plannedOn().equals(plannedOn), "SAME_DATE",
                "Milestone '" + title + "' (" + milestoneId + ") is already planned for " + plannedOn, "plannedOn");
        apply(new MilestoneRevised(milestoneId, collaborationId, plannedOn, command.plannedOn(), command.reason()));
    }

    @CommandHandler
    public void handle(AchieveMilestone command) {
        refuseUnlessNotAchieved("it cannot be achieved again");
        apply(new MilestoneAchieved(milestoneId, collaborationId, command.note()));
    }

    private void refuseUnlessNotAchieved(String consequence) {
        refuseUnless(!achieved, "MILESTONE_ACHIEVED",
                "Milestone '" + title + "' (" + milestoneId + ") has already been achieved, so " + consequence,
                "milestoneId");
    }

    @EventSourcingHandler
    void on(MilestoneSet event) {
        milestoneId = event.milestoneId();
        collaborationId = event.collaborationId();
        title = event.title();
        plannedOn = event.plannedOn();
    }

    @EventSourcingHandler
    void on(MilestoneRevised event) {
        plannedOn = event.plannedOn();
    }

    @EventSourcingHandler
    void on(MilestoneAchieved event) {
        achieved = true;
    }
}
