package uk.police.collaboration.ledger.decision.api;

import org.axonframework.serialization.Revision;

/** It was decided whether the report is for publication (and, if not, why). */
@Revision("1")
public record PublicationDecided(String reference, String collaborationId, boolean forPublication, String reason)
        implements DecisionEvent {
}
