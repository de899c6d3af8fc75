package uk.police.collaboration.ledger.collaboration.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Add a workstream to the collaboration, optionally nested under another workstream. */
public record AddWorkstream(
        @TargetAggregateIdentifier @NotBlank @Size(max = 100) String collaborationId,
        @NotBlank @Size(max = 100) String workstreamId,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 100) String parentWorkstreamId,
        @Size(max = 200) String lead) {
}
