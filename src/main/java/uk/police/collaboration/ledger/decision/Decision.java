package uk.police.collaboration.ledger.decision;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import uk.police.collaboration.ledger.decision.api.AttachPartTwo;
import uk.police.collaboration.ledger.decision.api.CompleteRedaction;
import uk.police.collaboration.ledger.decision.api.DecidePublication;
import uk.police.collaboration.ledger.decision.api.DecisionMade;
import uk.police.collaboration.ledger.decision.api.DecisionPublished;
import uk.police.collaboration.ledger.decision.api.DecisionRecorded;
import uk.police.collaboration.ledger.decision.api.MakeDecision;
import uk.police.collaboration.ledger.decision.api.PartTwoAttached;
import uk.police.collaboration.ledger.decision.api.PublicationDecided;
import uk.police.collaboration.ledger.decision.api.PublishDecision;
import uk.police.collaboration.ledger.decision.api.RecordDecision;
import uk.police.collaboration.ledger.decision.api.RecordSignOff;
import uk.police.collaboration.ledger.decision.api.RedactionCompleted;
import uk.police.collaboration.ledger.decision.api.RedactionRequired;
import uk.police.collaboration.ledger.decision.api.RequireRedaction;
import uk.police.collaboration.ledger.decision.api.SignOffRecorded;
import uk.police.collaboration.ledger.decision.api.SignOffRole;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static uk.police.collaboration.ledger.shared.RuleViolation.refuseUnless;

/**
 * A decision report (e.g. Essex PFCC/100/2018, Gloucestershire D09-2018), identified by its
 * reference, from recording through sign-offs and the decision itself to publication.
 * Sensitive text (redacted passages, Part Two content) is written to events but never held here
 * and never put in a refusal message.
 */
@Aggregate
public class Decision {

    @AggregateIdentifier
    private String reference;
    private String collaborationId;
    private Set<String> signOffs;
    private boolean made;
    private Boolean forPublication;
    private Set<String> pendingRedactions;
    private Set<String> completedRedactions;
    private Set<String> partTwoIds;
    private boolean published;

    protected Decision() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    public Decision(RecordDecision command) {
        refuseUnless(command.expenditure() == null || !command.expenditure().isNegative(), "EXPENDITURE_NEGATIVE",
                "The expenditure of decision " + command.reference() + " cannot be negative", "expenditure");
        refuseUnless(!command.flaggedSignificant() || hasText(command.significanceReason()),
                "SIGNIFICANCE_REASON_REQUIRED",
                "Decision " + command.reference() + " is flagged as of significant public interest, so the reason must be given",
                "significanceReason");
        apply(new DecisionRecorded(command.reference(), command.collaborationId(), command.title(),
                command.decisionMaker(), command.reportAuthor(), command.reportDate(), command.recommendations(),
                command.expenditure(), command.flaggedSignificant(), command.significanceReason(),
                command.optionIds(), command.agreementIds(), command.fundingRequestIds()));
    }

    @CommandHandler
    public void handle(RecordSignOff command) {
        refuseUnless(!signOffs.contains(signOffKey(command.role(), command.name())), "SIGN_OFF_ALREADY_RECORDED",
                "The sign-off of decision " + reference + " by " + command.name() + " as " + command.role()
                        + " has already been recorded", "role", "name");
        apply(new SignOffRecorded(reference, collaborationId, command.role(), command.name()));
    }

    @CommandHandler
    public void handle(MakeDecision command) {
        refuseUnless(!made, "DECISION_ALREADY_MADE", "Decision " + reference + " has already been made", "reference");
        apply(new DecisionMade(reference, collaborationId, command.outcome(), command.decidedBy(), command.reasons()));
    }

    @CommandHandler
    public void handle(DecidePublication command) {
        refuseUnless(command.forPublication() || hasText(command.reason()), "PUBLICATION_REASON_REQUIRED",
                "Decision " + reference + " is not for publication, so the reason for non-publication must be given",
                "reason");
        refuseNotPublished("whether it is for publication cannot be decided again");
        apply(new PublicationDecided(reference, collaborationId, command.forPublication(), command.reason()));
    }

    @CommandHandler
    public void handle(RequireRedaction command) {
        // the message names the redaction by id only: the passage itself must never be printed
        refuseUnless(!pendingRedactions.contains(command.redactionId())
                        && !completedRedactions.contains(command.redactionId()), "DUPLICATE_REDACTION",
                "Decision " + reference + " already has a redaction '" + command.redactionId() + "'", "redactionId");
        refuseNotPublished("no further redaction can be required");
        apply(new RedactionRequired(reference, collaborationId, command.redactionId(), command.part(),
                command.passage(), command.exemption()));
    }

    @CommandHandler
    public void handle(CompleteRedaction command) {
        String redactionId = command.redactionId();
        refuseUnless(pendingRedactions.contains(redactionId) || completedRedactions.contains(redactionId),
                "REDACTION_UNKNOWN", "Decision " + reference + " has no redaction '" + redactionId + "'",
                "redactionId");
        refuseUnless(!completedRedactions.contains(redactionId), "REDACTION_ALREADY_COMPLETED",
                "Redaction '" + redactionId + "' of decision " + reference + " has already been completed",
                "redactionId");
        refuseUnless(command.signedOffRole() == SignOffRole.CHIEF_EXECUTIVE
                        || command.signedOffRole() == SignOffRole.TREASURER, "REDACTION_SIGN_OFF_ROLE",
                "Redaction '" + redactionId + "' of decision " + reference
                        + " can be signed off only by the Chief Executive or the Treasurer, not " + command.signedOffRole(),
                "signedOffRole");
        apply(new RedactionCompleted(reference, collaborationId, redactionId, command.signedOffBy(),
                command.signedOffRole()));
    }

    @CommandHandler
    public void handle(AttachPartTwo command) {
        // the message names the Part Two form by id only: its content must never be printed
        refuseUnless(!partTwoIds.contains(command.partTwoId()), "DUPLICATE_PART_TWO",
                "Decision " + reference + " already has a Part Two '" + command.partTwoId() + "'", "partTwoId");
        refuseNotPublished("no Part Two can be attached");
        apply(new PartTwoAttached(reference, collaborationId, command.partTwoId(), command.content(),
                command.ground()));
    }

    @CommandHandler
    public void handle(PublishDecision command) {
        PublicationRule.check(reference, made, forPublication, pendingRedactions, published);
        apply(new DecisionPublished(reference, collaborationId, command.url()));
    }

    private void refuseNotPublished(String consequence) {
        refuseUnless(!published, "DECISION_ALREADY_PUBLISHED",
                "Decision " + reference + " has already been published, so " + consequence, "reference");
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    /** The same person in the same role, however the name was capitalised or spaced on the form. */
    private static String signOffKey(SignOffRole role, String name) {
        return role + "|" + name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    @EventSourcingHandler
    void on(DecisionRecorded event) {
        reference = event.reference();
        collaborationId = event.collaborationId();
        signOffs = new HashSet<>();
        pendingRedactions = new LinkedHashSet<>();
        completedRedactions = new HashSet<>();
        partTwoIds = new HashSet<>();
    }

    @EventSourcingHandler
    void on(SignOffRecorded event) {
        signOffs.add(signOffKey(event.role(), event.name()));
    }

    @EventSourcingHandler
    void on(DecisionMade event) {
        made = true;
    }

    @EventSourcingHandler
    void on(PublicationDecided event) {
        forPublication = event.forPublication();
    }

    @EventSourcingHandler
    void on(RedactionRequired event) {
        pendingRedactions.add(event.redactionId());
    }

    @EventSourcingHandler
    void on(RedactionCompleted event) {
        pendingRedactions.remove(event.redactionId());
        completedRedactions.add(event.redactionId());
    }

    @EventSourcingHandler
    void on(PartTwoAttached event) {
        partTwoIds.add(event.partTwoId());
    }

    @EventSourcingHandler
    void on(DecisionPublished event) {
        published = true;
    }
}
