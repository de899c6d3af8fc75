package uk.police.collaboration.ledger.collaboration.api;

import org.axonframework.serialization.Revision;

import java.util.List;

/** A cost-sharing model was put forward for consideration. */
@Revision("1")
public record CostSharingProposed(
        String collaborationId,
        String modelId,
        String name,
        CostSharingBasis basis,
        List<CostShare> shares) implements CollaborationEvent {

    public CostSharingProposed {
        shares = shares == null ? List.of() : List.copyOf(shares);
    }
}
