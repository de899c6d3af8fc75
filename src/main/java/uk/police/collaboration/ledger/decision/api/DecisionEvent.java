package uk.police.collaboration.ledger.decision.api;

/** Every fact about a decision; the stream is named by the decision's reference. */
public sealed interface DecisionEvent
        permits DecisionRecorded, SignOffRecorded, DecisionMade, PublicationDecided, RedactionRequired,
        RedactionCompleted, PartTwoAttached, DecisionPublished {

    String reference();

    String collaborationId();
}
