package uk.police.collaboration.ledger.correction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import uk.police.collaboration.ledger.correction.api.CorrectRecord;
import uk.police.collaboration.ledger.correction.api.RecordCorrected;
import uk.police.collaboration.ledger.shared.RuleViolation;

import java.util.Iterator;

/**
 * The rule of a correction, given the event it targets (as stored JSON): it may only name fields
 * that event has, must change at least one of them, and may not move the event to another
 * programme or record.
 */
final class CorrectionTarget {

    private CorrectionTarget() {
    }

    static RecordCorrected correct(CorrectRecord command, String eventType, JsonNode original) {
        ObjectNode facts = command.correctedFacts();
        RuleViolation.refuseUnless(facts.size() > 0, "NOTHING_TO_CORRECT",
                "A correction must give at least one corrected fact", "payload.correctedFacts");
        boolean changesSomething = false;
        for (Iterator<String> names = facts.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            RuleViolation.refuseUnless(original.has(field), "FIELD_NOT_IN_EVENT",
                    "Event " + command.eventId() + " (" + eventType + ") has no field '" + field + "'",
                    "payload.correctedFacts." + field);
            RuleViolation.refuseUnless(!field.equals("collaborationId") && !field.equals(idFieldOf(original, command.recordId())),
                    "IDENTITY_NOT_CORRECTABLE", "A correction cannot move an event to another programme or record; field '"
                            + field + "' identifies it", "payload.correctedFacts." + field);
            changesSomething |= !original.get(field).equals(facts.get(field));
        }
        RuleViolation.refuseUnless(changesSomething, "NOTHING_TO_CORRECT",
                "The corrected facts are the same as the recorded ones", "payload.correctedFacts");
        String collaborationId = original.path("collaborationId").asText(null);
        return new RecordCorrected(command.correctionId(), collaborationId, command.recordId(), command.eventId(),
                eventType, command.whatWasWrong(), facts);
    }

    private static String idFieldOf(JsonNode original, String recordId) {
        for (Iterator<String> names = original.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (original.get(name).isTextual() && original.get(name).asText().equals(recordId)) {
                return name;
            }
        }
        return null;
    }
}
