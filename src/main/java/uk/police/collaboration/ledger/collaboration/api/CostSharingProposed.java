package uk.police.collaboration.ledger.collaboration.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** A cost-sharing model was put forward for consideration. */
@Revision("2")
public record CostSharingProposed(
        String collaborationId,
        String modelId,
        String name,
        CostSharingBasis basis,
        List<CostShare> shares,
        LocalDate appliesFrom) implements CollaborationEvent {

    public CostSharingProposed {
        shares = shares == null ? List.of() : List.copyOf(shares);
    }
}
