package uk.police.collaboration.ledger.collaboration.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record progress reported on the collaboration or one of its workstreams. */
public record RecordProgress(
        @TargetAggregateIdentifier @NotBlank @Size(max = 100) String collaborationId,
        @Size(max = 100) String workstreamId,
        @Size(max = 200) String body,
        @NotBlank @Size(max = 10000) String summary) {
}
