package uk.police.collaboration.ledger.correction.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Corrects an earlier event without rewriting it: from the moment the correction is recorded,
 * readers see the corrected facts; asked "as known" before that moment, they see the original.
 *
 * @param recordId       the record (event stream) that holds the event, e.g. "PFCC/100/2018"
 * @param eventId        the identifier of the event that was wrong
 * @param correctedFacts field name → corrected value, for fields of that event's payload
 */
public record CorrectRecord(
        @TargetAggregateIdentifier @NotBlank @Size(max = 200) String correctionId,
        @NotBlank @Size(max = 200) String recordId,
        @NotBlank @Size(max = 100) String eventId,
        @NotBlank @Size(max = 10000) String whatWasWrong,
        @NotNull ObjectNode correctedFacts) {
}
