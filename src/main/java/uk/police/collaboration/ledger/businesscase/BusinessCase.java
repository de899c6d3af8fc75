package uk.police.collaboration.ledger.businesscase;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import uk.police.collaboration.ledger.businesscase.api.AdvanceBusinessCase;
import uk.police.collaboration.ledger.businesscase.api.ApproveBusinessCase;
import uk.police.collaboration.ledger.businesscase.api.ApproveTranche;
import uk.police.collaboration.ledger.businesscase.api.TrancheApproved;
import uk.police.collaboration.ledger.businesscase.api.AssuranceRecorded;
import uk.police.collaboration.ledger.businesscase.api.BusinessCaseAdvanced;
import uk.police.collaboration.ledger.businesscase.api.BusinessCaseApproved;
import uk.police.collaboration.ledger.businesscase.api.BusinessCaseCirculated;
import uk.police.collaboration.ledger.businesscase.api.BusinessCaseDrafted;
import uk.police.collaboration.ledger.businesscase.api.BusinessCaseEndorsed;
import uk.police.collaboration.ledger.businesscase.api.BusinessCasePresented;
import uk.police.collaboration.ledger.businesscase.api.BusinessCaseRejected;
import uk.police.collaboration.ledger.businesscase.api.BusinessCaseStage;
import uk.police.collaboration.ledger.businesscase.api.CirculateBusinessCase;
import uk.police.collaboration.ledger.businesscase.api.DraftBusinessCase;
import uk.police.collaboration.ledger.businesscase.api.EndorseBusinessCase;
import uk.police.collaboration.ledger.businesscase.api.PresentBusinessCase;
import uk.police.collaboration.ledger.businesscase.api.RecordAssurance;
import uk.police.collaboration.ledger.businesscase.api.RejectBusinessCase;

import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static uk.police.collaboration.ledger.shared.RuleViolation.refuseUnless;

/**
 * A business case through its stages (SOC, OBC, FBC). At each stage it may be endorsed, circulated
 * and presented until a body approves or rejects it; that decision settles the stage. Advancing
 * an approved case opens the next stage, undecided. Assurance can be recorded at any time.
 */
@Aggregate
public class BusinessCase {

    static final String BUSINESS_CASE_DECIDED = "BUSINESS_CASE_DECIDED";

    @AggregateIdentifier
    private String businessCaseId;
    private String collaborationId;
    private String title;
    private BusinessCaseStage stage;
    private Decision decision;
    /** Tranches approved at the current stage; a new stage starts with none. */
    private Set<String> tranchesApproved = new HashSet<>();

    /** Where the current stage stands. */
    private enum Decision { UNDECIDED, APPROVED, REJECTED }

    protected BusinessCase() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    public BusinessCase(DraftBusinessCase command) {
        apply(new BusinessCaseDrafted(command.businessCaseId(), command.collaborationId(), command.workstreamId(),
                command.title(), command.stage(), command.tranche()));
    }

    @CommandHandler
    public void handle(EndorseBusinessCase command) {
        refuseWhenDecided("endorsed");
        apply(new BusinessCaseEndorsed(businessCaseId, collaborationId, command.endorsedBy(), stage));
    }

    @CommandHandler
    public void handle(CirculateBusinessCase command) {
        refuseWhenDecided("circulated");
        apply(new BusinessCaseCirculated(businessCaseId, collaborationId, command.tranche(), command.circulatedTo(),
                command.purpose()));
    }

    @CommandHandler
    public void handle(PresentBusinessCase command) {
        refuseWhenDecided("presented");
        apply(new BusinessCasePresented(businessCaseId, collaborationId, command.presentedTo(), command.meeting()));
    }

    @CommandHandler
    public void handle(ApproveBusinessCase command) {
        refuseWhenDecided("approved");
        apply(new BusinessCaseApproved(businessCaseId, collaborationId, command.approvedBy(),
                command.decisionReference(), stage));
    }

    @CommandHandler
    public void handle(RejectBusinessCase command) {
        refuseWhenDecided("rejected");
        apply(new BusinessCaseRejected(businessCaseId, collaborationId, command.rejectedBy(), command.reason()));
    }

    @CommandHandler
    public void handle(AdvanceBusinessCase command) {
        StageProgression.check(businessCaseId, stage, decision == Decision.APPROVED, command.toStage());
        apply(new BusinessCaseAdvanced(businessCaseId, collaborationId, stage, command.toStage(), command.title()));
    }

    @CommandHandler
    public void handle(RecordAssurance command) {
        apply(new AssuranceRecorded(businessCaseId, collaborationId, command.assurer(), command.conclusion(),
                command.recommendations(), command.summary()));
    }

    @CommandHandler
    public void handle(ApproveTranche command) {
        refuseWhenDecided("approved tranche by tranche");
        refuseUnless(!tranchesApproved.contains(command.tranche()), "TRANCHE_ALREADY_APPROVED",
                "Tranche %s of the %s '%s' has already been approved".formatted(command.tranche(), stage,
                        businessCaseId), "tranche");
        apply(new TrancheApproved(businessCaseId, collaborationId, stage, command.tranche(), command.approvedBy(),
                command.decisionReference()));
    }

    @EventSourcingHandler
    void on(TrancheApproved event) {
        tranchesApproved.add(event.tranche());
    }

    private void refuseWhenDecided(String action) {
        refuseUnless(decision == Decision.UNDECIDED, BUSINESS_CASE_DECIDED,
                "%s '%s' has already been %s at this stage, so it can no longer be %s".formatted(
                        stage.title(), title, decision == Decision.APPROVED ? "approved" : "rejected", action),
                "businessCaseId");
    }

    @EventSourcingHandler
    void on(BusinessCaseDrafted event) {
        businessCaseId = event.businessCaseId();
        collaborationId = event.collaborationId();
        title = event.title();
        stage = event.stage();
        decision = Decision.UNDECIDED;
    }

    @EventSourcingHandler
    void on(BusinessCaseApproved event) {
        decision = Decision.APPROVED;
    }

    @EventSourcingHandler
    void on(BusinessCaseRejected event) {
        decision = Decision.REJECTED;
    }

    @EventSourcingHandler
    void on(BusinessCaseAdvanced event) {
        stage = event.toStage();
        if (event.title() != null) {
            title = event.title();
        }
        decision = Decision.UNDECIDED;
        tranchesApproved = new HashSet<>();
    }
}
