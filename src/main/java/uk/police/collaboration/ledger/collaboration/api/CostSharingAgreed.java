package uk.police.collaboration.ledger.collaboration.api;

import org.axonframework.serialization.Revision;

import java.util.List;

/** The parties agreed how the costs of the collaboration are shared. */
@Revision("1")
public record CostSharingAgreed(
        String collaborationId,
        String modelId,
        String name,
        CostSharingBasis basis,
        List<CostShare> shares,
        String decisionReference) implements CollaborationEvent {

    public CostSharingAgreed {
        shares = shares == null ? List.of() : List.copyOf(shares);
    }
}
