package uk.police.collaboration.ledger.appraisal.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Open an options appraisal for a collaboration (or one of its workstreams). */
public record OpenAppraisal(
        @TargetAggregateIdentifier @NotBlank @Size(max = 100) String appraisalId,
        @NotBlank @Size(max = 100) String collaborationId,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 100) String workstreamId) {
}
