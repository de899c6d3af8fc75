package uk.police.collaboration.ledger.intake;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;
import uk.police.collaboration.ledger.shared.LedgerJson;
import uk.police.collaboration.ledger.shared.MalformedValue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a JSON payload into the named command record, strictly: unknown properties, wrong types,
 * inexact money and malformed dates are refused with the field they concern, then Bean Validation
 * checks the shape. Business rules are the aggregates' job, not this one's.
 */
@Component
class PayloadReader {

    private final ObjectMapper mapper = LedgerJson.mapper();
    private final Validator validator;
    private final CorrectedFactsRule correctedFacts;

    PayloadReader(Validator validator, CorrectedFactsRule correctedFacts) {
        this.validator = validator;
        this.correctedFacts = correctedFacts;
    }

    <T> void validateShape(T object, String prefix) {
        Set<ConstraintViolation<T>> violations = validator.validate(object);
        if (!violations.isEmpty()) {
            List<String> fields = violations.stream().map(v -> prefix + v.getPropertyPath()).sorted().distinct().toList();
            String rule = violations.stream()
                    .map(v -> prefix + v.getPropertyPath() + " " + v.getMessage())
                    .sorted().collect(Collectors.joining("; "));
            throw new CommandRefused(400, "INVALID_FIELD", rule, fields);
        }
    }

    Object read(ObjectNode payload, Class<?> type) {
        Object command;
        try {
            command = mapper.treeToValue(payload, type);
        } catch (UnrecognizedPropertyException e) {
            // A plain property name helps the caller; anything else is not echoed back.
            String name = e.getPropertyName() != null && e.getPropertyName().matches("[A-Za-z0-9_]{1,64}")
                    ? e.getPropertyName() : null;
            throw new CommandRefused(400, "UNKNOWN_PROPERTY",
                    "payload has a property " + (name != null ? "'" + name + "' " : "") + "that " + type.getSimpleName() + " does not have",
                    List.of(name != null ? "payload." + name : "payload"));
        } catch (JsonMappingException e) {
            String field = "payload" + e.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining());
            MalformedValue malformed = malformedValueIn(e);
            if (malformed != null) {
                throw new CommandRefused(400, malformed.code(), field + ": " + malformed.rule(), List.of(field));
            }
            throw new CommandRefused(400, "MALFORMED_COMMAND",
                    field + " is not valid for " + type.getSimpleName() + reasonOf(e), List.of(field));
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            throw new CommandRefused(400, "MALFORMED_COMMAND", "payload is not valid for " + type.getSimpleName(), List.of("payload"));
        }
        validateShape(command, "payload.");
        correctedFacts.check(command);
        return command;
    }

    /** The ledger's own input rule a value type broke while being read (an amount written "1e400"), if any. */
    private static MalformedValue malformedValueIn(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof MalformedValue malformed) {
                return malformed;
            }
        }
        return null;
    }

    /** Only our own value types' messages are shown: they state a rule and never echo input at length. */
    private static String reasonOf(JsonMappingException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof IllegalArgumentException && cause.getMessage() != null
                    && cause.getStackTrace().length > 0
                    && cause.getStackTrace()[0].getClassName().startsWith(CommandCatalogue.ROOT)) {
                String message = cause.getMessage();
                return ": " + (message.length() > 200 ? message.substring(0, 200) : message);
            }
        }
        String original = e.getOriginalMessage();
        if (original != null && original.startsWith("Cannot deserialize value of type")) {
            return ": wrong type";
        }
        if (original != null && original.startsWith("Missing required creator property")) {
            return ": required";
        }
        return "";
    }
}
