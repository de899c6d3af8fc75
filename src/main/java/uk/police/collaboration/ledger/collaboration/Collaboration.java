package uk.police.collaboration.ledger.collaboration;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
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
import uk.police.collaboration.ledger.shared.EnvelopeKeys;
import uk.police.collaboration.ledger.shared.WorldDate;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static uk.police.collaboration.ledger.shared.RuleViolation.refuseUnless;

/**
 * A collaboration programme: who its parties are, its workstreams, how its costs are shared, and
 * whether it is still running. Only what the rules need is kept here; the read side keeps the rest.
 * <p>
 * Membership is kept in valid time ({@link Membership}: each party's joinings and withdrawals with
 * their effective dates), so that the rules judge a fact on its own date whatever order the facts
 * were recorded in. Whether a fact falls within the programme's life (not before its registration,
 * not after its closure) is judged at the command door for every record of the programme.
 */
@Aggregate
public class Collaboration {

    static final String COLLABORATION_CLOSED = "COLLABORATION_CLOSED";
    static final String CLOSURE_BEFORE_RECORDED_FACTS = "CLOSURE_BEFORE_RECORDED_FACTS";

    private static final String EFFECTIVE_ON = EnvelopeKeys.EFFECTIVE_ON;

    @AggregateIdentifier
    private String collaborationId;
    private Membership membership;
    private String leadPartyId;
    private Set<String> workstreams;
    private Set<String> knownModels;
    private boolean closed;
    /** The latest effective date among this record's own facts: a closure cannot come before it. */
    private LocalDate latestFact;

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
    public void handle(JoinCollaboration command, @MetaDataValue(EFFECTIVE_ON) String effectiveOn) {
        membership.checkJoin(command.party().partyId(), WorldDate.of(effectiveOn));
        apply(new PartyJoined(collaborationId, command.party()));
    }

    @CommandHandler
    public void handle(WithdrawFromCollaboration command, @MetaDataValue(EFFECTIVE_ON) String effectiveOn) {
        membership.checkWithdrawal(command.partyId(), WorldDate.of(effectiveOn), leadPartyId);
        apply(new PartyWithdrew(collaborationId, command.partyId(), command.reason()));
    }

    @CommandHandler
    public void handle(AddWorkstream command) {
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
        apply(new GovernanceChanged(collaborationId, command.arrangement(), command.reason(), command.standsDown()));
    }

    @CommandHandler
    public void handle(RecordProgress command) {
        refuseUnless(command.workstreamId() == null || workstreams.contains(command.workstreamId()),
                "WORKSTREAM_UNKNOWN",
                "Collaboration '" + collaborationId + "' has no workstream '" + command.workstreamId() + "'",
                "workstreamId");
        apply(new ProgressRecorded(collaborationId, command.workstreamId(), command.body(), command.summary()));
    }

    @CommandHandler
    public void handle(ProposeCostSharing command, @MetaDataValue(EFFECTIVE_ON) String effectiveOn) {
        refuseUnless(!knownModels.contains(command.modelId()), "DUPLICATE_COST_SHARING_MODEL",
                "Collaboration '" + collaborationId + "' already has a cost-sharing model '" + command.modelId()
                        + "'; choose another model id",
                "modelId");
        LocalDate appliesFrom = appliesFrom(command.appliesFrom(), effectiveOn);
        sharesRule(appliesFrom).check(command.shares());
        apply(new CostSharingProposed(collaborationId, command.modelId(), command.name(), command.basis(),
                command.shares(), dated(appliesFrom)));
    }

    @CommandHandler
    public void handle(AgreeCostSharing command, @MetaDataValue(EFFECTIVE_ON) String effectiveOn) {
        LocalDate appliesFrom = appliesFrom(command.appliesFrom(), effectiveOn);
        sharesRule(appliesFrom).check(command.shares());
        apply(new CostSharingAgreed(collaborationId, command.modelId(), command.name(), command.basis(),
                command.shares(), command.decisionReference(), dated(appliesFrom)));
    }

    @CommandHandler
    public void handle(CloseCollaboration command, @MetaDataValue(EFFECTIVE_ON) String effectiveOn) {
        refuseUnless(!closed, COLLABORATION_CLOSED,
                "Collaboration '" + collaborationId + "' is already closed", "collaborationId");
        LocalDate on = WorldDate.of(effectiveOn);
        refuseUnless(!latestFact.isAfter(on), CLOSURE_BEFORE_RECORDED_FACTS,
                "Collaboration '" + collaborationId + "' has facts dated up to " + latestFact
                        + "; it cannot be closed" + WorldDate.on(on) + ", before them",
                "collaborationId");
        apply(new CollaborationClosed(collaborationId, command.outcome(), command.reason()));
    }

    /** A model applies from the date it names, else from the date of the fact that put it forward or agreed it. */
    private static LocalDate appliesFrom(LocalDate named, String effectiveOn) {
        return named != null ? named : WorldDate.of(effectiveOn);
    }

    private static LocalDate dated(LocalDate appliesFrom) {
        return appliesFrom.equals(WorldDate.UNDATED) ? null : appliesFrom;
    }

    private CostSharesRule sharesRule(LocalDate appliesFrom) {
        return new CostSharesRule(collaborationId, membership, appliesFrom);
    }

    private void noteDate(String effectiveOn) {
        LocalDate on = WorldDate.of(effectiveOn);
        if (on.isAfter(latestFact)) {
            latestFact = on;
        }
    }

    @EventSourcingHandler
    void on(CollaborationRegistered event, @MetaDataValue(EFFECTIVE_ON) String effectiveOn) {
        collaborationId = event.collaborationId();
        membership = new Membership(collaborationId);
        latestFact = WorldDate.UNDATED;
        event.parties().forEach(p -> membership.joined(p.partyId(), WorldDate.of(effectiveOn)));
        leadPartyId = event.leadPartyId();
        workstreams = new HashSet<>();
        knownModels = new HashSet<>();
        closed = false;
        noteDate(effectiveOn);
    }

    @EventSourcingHandler
    void on(PartyJoined event, @MetaDataValue(EFFECTIVE_ON) String effectiveOn) {
        membership.joined(event.party().partyId(), WorldDate.of(effectiveOn));
        noteDate(effectiveOn);
    }

    @EventSourcingHandler
    void on(PartyWithdrew event, @MetaDataValue(EFFECTIVE_ON) String effectiveOn) {
        membership.withdrew(event.partyId(), WorldDate.of(effectiveOn));
        noteDate(effectiveOn);
    }

    @EventSourcingHandler
    void on(WorkstreamAdded event, @MetaDataValue(EFFECTIVE_ON) String effectiveOn) {
        workstreams.add(event.workstreamId());
        noteDate(effectiveOn);
    }

    @EventSourcingHandler
    void on(GovernanceChanged event, @MetaDataValue(EFFECTIVE_ON) String effectiveOn) {
        noteDate(effectiveOn);
    }

    @EventSourcingHandler
    void on(ProgressRecorded event, @MetaDataValue(EFFECTIVE_ON) String effectiveOn) {
        noteDate(effectiveOn);
    }

    @EventSourcingHandler
    void on(CostSharingProposed event, @MetaDataValue(EFFECTIVE_ON) String effectiveOn) {
        knownModels.add(event.modelId());
        noteDate(effectiveOn);
    }

    @EventSourcingHandler
    void on(CostSharingAgreed event, @MetaDataValue(EFFECTIVE_ON) String effectiveOn) {
        knownModels.add(event.modelId());
        noteDate(effectiveOn);
    }

    @EventSourcingHandler
    void on(CollaborationClosed event) {
        closed = true;
    }
}
