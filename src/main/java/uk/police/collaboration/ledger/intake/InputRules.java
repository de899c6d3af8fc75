package uk.police.collaboration.ledger.intake;

import com.fasterxml.jackson.databind.JsonNode;
import uk.police.collaboration.ledger.shared.MalformedValue;
import uk.police.collaboration.ledger.shared.Money;
import uk.police.collaboration.ledger.shared.RecordIdRule;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The input rules every command is held to after it has been read, whatever its type: each amount
 * within {@link AmountRange}, each date within {@link DateRange}, each record id and reference
 * shaped by {@link RecordIdRule}. The command is walked field by field (records, lists, JSON trees),
 * so a command added to the catalogue is held to the same rules without any code of its own. A
 * breach is a 400 naming the rule's code and the field; nothing is written.
 */
final class InputRules {

    private InputRules() {
    }

    static void check(CommandEnvelope envelope, Object command) {
        guard("commandId", () -> RecordIdRule.checkId(envelope.commandId()));
        guard("source.reference", () -> RecordIdRule.checkReference(envelope.source().reference()));
        walk(command, "payload", false);
    }

    /** The same rules for one named field of any record (a corrected fact), reported under {@code path}. */
    static void checkField(String name, Object value, String path) {
        walk(value, path, RecordIdRule.namesAnId(name));
    }

    private static void walk(Object value, String path, boolean idField) {
        if (value == null) {
            return;
        }
        if (value instanceof String text) {
            if (idField) {
                guard(path, () -> RecordIdRule.checkId(text));
            }
        } else if (value instanceof Money amount) {
            guard(path, () -> AmountRange.check(amount));
        } else if (value instanceof LocalDate date) {
            guard(path, () -> DateRange.check(date));
        } else if (value instanceof JsonNode node) {
            walkJson(node, path, idField);
        } else if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, path + "[" + i++ + "]", idField);
            }
        } else if (value instanceof Optional<?> optional) {
            walk(optional.orElse(null), path, idField);
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> walk(item, path + "." + key, idField));
        } else if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                walk(read(component, value), path + "." + component.getName(), RecordIdRule.namesAnId(component.getName()));
            }
        }
    }

    /** A JSON tree inside a command (a correction's facts): its id-named text is held to the id rule. */
    private static void walkJson(JsonNode node, String path, boolean idField) {
        if (node.isTextual() && idField) {
            guard(path, () -> RecordIdRule.checkId(node.textValue()));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walkJson(node.get(i), path + "[" + i + "]", idField);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> entries = node.fields(); entries.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = entries.next();
                // Only a plain property name goes into the answer: the refusal never echoes odd input.
                String name = entry.getKey().matches("[A-Za-z0-9_]{1,64}") ? "." + entry.getKey() : "";
                walkJson(entry.getValue(), path + name, RecordIdRule.namesAnId(entry.getKey()));
            }
        }
    }

    private static void guard(String path, Runnable rule) {
        try {
            rule.run();
        } catch (MalformedValue breach) {
            throw new CommandRefused(400, breach.code(), path + ": " + breach.rule(), List.of(path));
        }
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
