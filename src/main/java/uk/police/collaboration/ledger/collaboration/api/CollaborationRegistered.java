package uk.police.collaboration.ledger.collaboration.api;

import org.axonframework.serialization.Revision;

import java.util.List;

/** A collaboration programme was registered with its first parties. */
@Revision("1")
public record CollaborationRegistered(
        String collaborationId,
        String title,
        String scope,
        List<Party> parties,
        String leadPartyId,
        String leadOfficer) implements CollaborationEvent {

    public CollaborationRegistered {
        parties = parties == null ? List.of() : List.copyOf(parties);
    }
}
