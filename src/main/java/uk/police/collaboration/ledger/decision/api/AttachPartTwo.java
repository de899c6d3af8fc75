package uk.police.collaboration.ledger.decision.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Attaches exempt (Part Two) material to the decision. The content is never released and never
 * printed: {@link #toString()} withholds it.
 */
public record AttachPartTwo(
        @TargetAggregateIdentifier @NotBlank @Size(max = 200) String reference,
        @NotBlank @Size(max = 200) String partTwoId,
        @NotBlank @Size(max = 20000) String content,
        @NotNull PartTwoGround ground) {

    @Override
    public String toString() {
        return "AttachPartTwo[reference=" + reference + ", partTwoId=" + partTwoId + ", content=[withheld], ground="
                + ground + "]";
    }
}
