package uk.police.collaboration.ledger.collaboration;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import uk.police.collaboration.ledger.collaboration.api.AddWorkstream;
import uk.police.collaboration.ledger.collaboration.api.AgreeCostSharing;
import uk.police.collaboration.ledger.collaboration.api.ChangeGovernance;
import uk.police.collaboration.ledger.collaboration.api.CloseCollaboration;
import uk.police.collaboration.ledger.collaboration.api.CollaborationClosed;
import uk.police.collaboration.ledger.collaboration.api.CollaborationRegistered;
import uk.police.collaboration.ledger.collaboration.api.CostSharingAgreed;
import uk.police.collaboration.ledger.collaboration.api.CostSharingProposed;
import uk.police.collaboration.ledger.collaboration.api.GovernanceChanged;
import uk.police.collaboration.ledger.collaboration.api.JoinCollaboration;
import uk.police.collaboration.ledger.collaboration.api.Party;
import uk.police.collaboration.ledger.collaboration.api.PartyJoined;
import uk.police.collaboration.ledger.collaboration.api.PartyWithdrew;
import uk.police.collaboration.ledger.collaboration.api.ProgressRecorded;
import uk.police.collaboration.ledger.collaboration.api.ProposeCostSharing;
import uk.police.collaboration.ledger.collaboration.api.RecordProgress;
import uk.police.collaboration.ledger.collaboration.api.RegisterCollaboration;
import uk.police.collaboration.ledger.collaboration.api.WithdrawFromCollaboration;
import uk.police.collaboration.ledger.collaboration.api.WorkstreamAdded;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static uk.police.collaboration.ledger.shared.RuleViolation.refuseUnless;

/**
 * A collaboration programme: who its parties are, its workstreams, how its costs are shared, and
 * whether it is still running. Only what the rules need is kept here; the read side keeps the rest.
 */
@Aggregate
public class Collaboration {

    @AggregateIdentifier
    private String collaborationId;
    private Set<String> currentParties;
    private Set<String> withdrawnParties;
    private String leadPartyId;
    private Set<String> workstreams;
    private Set<String> knownModels;
    private boolean closed;

    protected Collaboration() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    public Collaboration(RegisterCollaboration command) {
        Set<String> ids = new HashSet<>();
        for (Party party : command.parties()) {
            refuseUnless(ids.add(party.partyId()), "DUPLICATE_PARTY",
                    "Party '" + party.partyId() + "' is named more than once among the parties of collaboration '"
                            + command.collaborationId() + "'",
                    "parties");
        }
        refuseUnless(command.leadPartyId() == null || ids.contains(command.leadPartyId()), "LEAD_PARTY_NOT_A_PARTY",
                "Lead party '" + command.leadPartyId() + "' is not one of the parties of collaboration '"
                        + command.collaborationId() + "'",
                "leadPartyId");
        apply(new CollaborationRegistered(command.collaborationId(), command.title(), command.scope(),
                command.parties(), command.leadPartyId(), command.leadOfficer()));
    }

    @CommandHandler
    public void handle(JoinCollaboration command) {
        refuseWhenClosed();
        String partyId = command.party().partyId();
        refuseUnless(!currentParties.contains(partyId), "ALREADY_A_PARTY",
                "Party '" + partyId + "' is already a current party of collaboration '" + collaborationId + "'",
                "party.partyId");
        apply(new PartyJoined(collaborationId, command.party()));
    }

    @CommandHandler
    public void handle(WithdrawFromCollaboration command) {
        refuseWhenClosed();
        String partyId = command.partyId();
        refuseUnless(currentParties.contains(partyId), "NOT_A_CURRENT_PARTY",
                "Party '" + partyId + "' is not a current party of collaboration '" + collaborationId + "'"
                        + (withdrawnParties.contains(partyId) ? "; it has already withdrawn" : ""),
                "partyId");
        refuseUnless(!partyId.equals(leadPartyId), "LEAD_PARTY_CANNOT_WITHDRAW",
                "Party '" + partyId + "' is the lead party of collaboration '" + collaborationId
                        + "' and the lead party cannot withdraw",
                "partyId");
        refuseUnless(currentParties.size() > 1, "LAST_PARTY_CANNOT_WITHDRAW",
                "Party '" + partyId + "' is the last party of collaboration '" + collaborationId
                        + "' and cannot withdraw; close the collaboration instead",
                "partyId");
        apply(new PartyWithdrew(collaborationId, partyId, command.reason()));
    }

    @CommandHandler
    public void handle(AddWorkstream command) {
        refuseWhenClosed();
        refuseUnless(!workstreams.contains(command.workstreamId()), "DUPLICATE_WORKSTREAM",
                "Collaboration '" + collaborationId + "' already has a workstream '" + command.workstreamId() + "'",
                "workstreamId");
        refuseUnless(command.parentWorkstreamId() == null || workstreams.contains(command.parentWorkstreamId()),
                "PARENT_WORKSTREAM_UNKNOWN",
                "Collaboration '" + collaborationId + "' has no workstream '" + command.parentWorkstreamId()
                        + "' to nest workstream '" + command.workstreamId() + "' under",
                "parentWorkstreamId");
        apply(new WorkstreamAdded(collaborationId, command.workstreamId(), command.title(),
                command.parentWorkstreamId(), command.lead()));
    }

    @CommandHandler
    public void handle(ChangeGovernance command) {
        refuseWhenClosed();
        apply(new GovernanceChanged(collaborationId, command.arrangement(), command.reason(), command.standsDown()));
    }

    @CommandHandler
    public void handle(RecordProgress command) {
        refuseWhenClosed();
        refuseUnless(command.workstreamId() == null || workstreams.contains(command.workstreamId()),
                "WORKSTREAM_UNKNOWN",
                "Collaboration '" + collaborationId + "' has no workstream '" + command.workstreamId() + "'",
                "workstreamId");
        apply(new ProgressRecorded(collaborationId, command.workstreamId(), command.body(), command.summary()));
    }

    @CommandHandler
    public void handle(ProposeCostSharing command) {
        refuseWhenClosed();
        refuseUnless(!knownModels.contains(command.modelId()), "DUPLICATE_COST_SHARING_MODEL",
                "Collaboration '" + collaborationId + "' already has a cost-sharing model '" + command.modelId()
                        + "'; choose another model id",
                "modelId");
        sharesRule().check(command.shares());
        apply(new CostSharingProposed(collaborationId, command.modelId(), command.name(), command.basis(),
                command.shares()));
    }

    @CommandHandler
    public void handle(AgreeCostSharing command) {
        refuseWhenClosed();
        sharesRule().check(command.shares());
        apply(new CostSharingAgreed(collaborationId, command.modelId(), command.name(), command.basis(),
                command.shares(), command.decisionReference()));
    }

    @CommandHandler
    public void handle(CloseCollaboration command) {
        refuseWhenClosed();
        apply(new CollaborationClosed(collaborationId, command.outcome(), command.reason()));
    }

    private void refuseWhenClosed() {
        refuseUnless(!closed, "COLLABORATION_CLOSED",
                "Collaboration '" + collaborationId + "' is closed; nothing more can be recorded on it",
                "collaborationId");
    }

    private CostSharesRule sharesRule() {
        return new CostSharesRule(collaborationId, currentParties, withdrawnParties);
    }

    @EventSourcingHandler
    void on(CollaborationRegistered event) {
        collaborationId = event.collaborationId();
        currentParties = new LinkedHashSet<>();
        event.parties().forEach(p -> currentParties.add(p.partyId()));
        withdrawnParties = new LinkedHashSet<>();
        leadPartyId = event.leadPartyId();
        workstreams = new HashSet<>();
        knownModels = new HashSet<>();
        closed = false;
    }

    @EventSourcingHandler
    void on(PartyJoined event) {
        currentParties.add(event.party().partyId());
        withdrawnParties.remove(event.party().partyId());
    }

    @EventSourcingHandler
    void on(PartyWithdrew event) {
        currentParties.remove(event.partyId());
        withdrawnParties.add(event.partyId());
    }

    @EventSourcingHandler
    void on(WorkstreamAdded event) {
        workstreams.add(event.workstreamId());
    }

    @EventSourcingHandler
    void on(CostSharingProposed event) {
        knownModels.add(event.modelId());
    }

    @EventSourcingHandler
    void on(CostSharingAgreed event) {
        knownModels.add(event.modelId());
    }

    @EventSourcingHandler
    void on(CollaborationClosed event) {
        closed = true;
    }
}
