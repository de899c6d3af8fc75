package uk.police.collaboration.ledger.collaboration.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** The parties agreed how the costs of the collaboration are shared. */
@Revision("2")
public record CostSharingAgreed(
        String collaborationId,
        String modelId,
        String name,
        CostSharingBasis basis,
        List<CostShare> shares,
        String decisionReference,
        LocalDate appliesFrom) implements CollaborationEvent {

    public CostSharingAgreed {
        shares = shares == null ? List.of() : List.copyOf(shares);
    }
}
