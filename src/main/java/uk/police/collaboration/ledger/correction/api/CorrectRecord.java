package uk.police.collaboration.ledger.correction.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Corrects an earlier event without rewriting it: from the moment the correction is recorded,
 * readers see the corrected facts; asked "as known" before that moment, they see the original.
 * Any fact of the event can be corrected: fields of its payload, the date it happened and the
 * paper it comes from.
 *
 * @param recordId             the record (event stream) that holds the event, e.g. "PFCC/100/2018"
 * @param eventId              the identifier of the event that was wrong; or else
 * @param commandId            the command id that recorded it (a journal can correct its own lines):
 *                             the first event that command recorded in the record
 * @param correctedFacts       field name → corrected value, for fields of that event's payload
 * @param correctedEffectiveOn the date it really happened ("2018-06-04", optionally with a time)
 * @param correctedSource      the paper it really comes from
 */
public record CorrectRecord(
        @TargetAggregateIdentifier @NotBlank @Size(max = 200) String correctionId,
        @NotBlank @Size(max = 200) String recordId,
        @Size(max = 100) String eventId,
        @Size(max = 200) String commandId,
        @NotBlank @Size(max = 10000) String whatWasWrong,
        ObjectNode correctedFacts,
        @Size(max = 25) String correctedEffectiveOn,
        @Valid CorrectedSource correctedSource) {
}
