package uk.police.collaboration.ledger.correction.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.Revision;

/** An earlier event's facts, corrected from this event's recording time on. */
@Revision("1")
public record RecordCorrected(String correctionId, String collaborationId, String recordId, String eventId,
                              String eventType, String whatWasWrong, ObjectNode correctedFacts) {
    public RecordCorrected {
        correctedFacts = correctedFacts == null ? null : correctedFacts.deepCopy();
    }
}
