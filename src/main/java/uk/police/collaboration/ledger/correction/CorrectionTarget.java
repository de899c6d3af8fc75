package uk.police.collaboration.ledger.correction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.messaging.MetaData;
import uk.police.collaboration.ledger.correction.api.CorrectRecord;
import uk.police.collaboration.ledger.correction.api.RecordCorrected;
import uk.police.collaboration.ledger.shared.EnvelopeKeys;
import uk.police.collaboration.ledger.shared.LedgerJson;
import uk.police.collaboration.ledger.shared.RuleViolation;
import uk.police.collaboration.ledger.shared.Source;

import java.util.Iterator;
import java.util.Objects;

/**
 * The rule of a correction, given the event it targets (as stored JSON, with its envelope): it may
 * name only fields that event has, must change at least one fact (a payload field, the effective
 * date or the source), and may not move the event to another programme or record. A fact the
 * ledger derives from others is corrected through them: an agreement is in force from its last
 * required signature, so a correction names the signature, not {@code AgreementInForce}.
 */
final class CorrectionTarget {

    static final String DERIVED_FACT_NOT_CORRECTABLE = "DERIVED_FACT_NOT_CORRECTABLE";

    private CorrectionTarget() {
    }

    static RecordCorrected correct(CorrectRecord command, String eventId, String eventType, JsonNode original,
                                   MetaData envelope) {
        RuleViolation.refuseUnless(!"AgreementInForce".equals(eventType), DERIVED_FACT_NOT_CORRECTABLE,
                "An agreement is in force from the date of its last required signature, so event " + eventId
                        + " (AgreementInForce) follows from the signatures: correct the signature whose facts were wrong",
                "payload.eventId");
        ObjectNode facts = command.correctedFacts() == null ? LedgerJson.mapper().createObjectNode()
                : command.correctedFacts();
        boolean changesSomething = false;
        for (Iterator<String> names = facts.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            RuleViolation.refuseUnless(original.has(field), "FIELD_NOT_IN_EVENT",
                    "Event " + eventId + " (" + eventType + ") has no field '" + field + "'"
                            + (field.equals("effectiveOn") || field.equals("source")
                            ? "; its date and its paper are corrected with correctedEffectiveOn and correctedSource" : ""),
                    "payload.correctedFacts." + field);
            RuleViolation.refuseUnless(!field.equals("collaborationId") && !field.equals(idFieldOf(original, command.recordId())),
                    "IDENTITY_NOT_CORRECTABLE", "A correction cannot move an event to another programme or record; field '"
                            + field + "' identifies it", "payload.correctedFacts." + field);
            changesSomething |= !original.get(field).equals(facts.get(field));
        }
        String effectiveOn = text(envelope, EnvelopeKeys.EFFECTIVE_ON);
        String newDate = command.correctedEffectiveOn();
        if (newDate != null) {
            changesSomething |= !newDate.equals(effectiveOn);
        }
        Source source = new Source(text(envelope, EnvelopeKeys.SOURCE_REFERENCE), text(envelope, EnvelopeKeys.SOURCE_SECTION),
                text(envelope, EnvelopeKeys.SOURCE_TITLE), text(envelope, EnvelopeKeys.SOURCE_URL));
        Source newSource = command.correctedSource() == null ? null : command.correctedSource().toSource();
        if (newSource != null) {
            changesSomething |= !Objects.equals(newSource, source);
        }
        RuleViolation.refuseUnless(changesSomething, "NOTHING_TO_CORRECT", facts.isEmpty() && newDate == null && newSource == null
                        ? "A correction must give at least one corrected fact: correctedFacts, correctedEffectiveOn or correctedSource"
                        : "The corrected facts are the same as the recorded ones",
                "payload.correctedFacts");
        String collaborationId = original.path("collaborationId").asText(null);
        return new RecordCorrected(command.correctionId(), collaborationId, command.recordId(), eventId, eventType,
                text(envelope, EnvelopeKeys.COMMAND_ID), command.whatWasWrong(), facts, newDate, newSource);
    }

    private static String text(MetaData envelope, String key) {
        Object value = envelope.get(key);
        return value == null ? null : value.toString();
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
