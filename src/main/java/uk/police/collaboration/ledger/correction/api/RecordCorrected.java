package uk.police.collaboration.ledger.correction.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.Revision;
import uk.police.collaboration.ledger.shared.Source;

/**
 * An earlier event's facts, corrected from this event's recording time on.
 *
 * @param commandId            the command that recorded the corrected event (however it was named)
 * @param correctedFacts       corrected payload fields (empty when only the date or the source changes)
 * @param correctedEffectiveOn the corrected effective date, null when unchanged
 * @param correctedSource      the corrected source, null when unchanged
 */
@Revision("2")
public record RecordCorrected(String correctionId, String collaborationId, String recordId, String eventId,
                              String eventType, String commandId, String whatWasWrong, ObjectNode correctedFacts,
                              String correctedEffectiveOn, Source correctedSource) {
    public RecordCorrected {
        correctedFacts = correctedFacts == null ? null : correctedFacts.deepCopy();
    }
}
