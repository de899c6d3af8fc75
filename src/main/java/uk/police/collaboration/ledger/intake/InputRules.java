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

    /** What a text field holds, by the catalogue's naming: a record id, a citation of a paper or decision, or text. */
    private enum Kind {
        ID, CITATION, TEXT;

        /**
         * {@code …Id} and a record's own {@code reference} are ids (stream keys). A {@code reference} inside a
         * source, and every {@code …Reference} link, cite a paper or decision the ledger may not hold ("Board 10
         * March 2020", "Decision Notice 2016"), so they follow the paper-reference rule instead.
         */
        static Kind of(String name, String path) {
            if (!RecordIdRule.namesAnId(name)) {
                return TEXT;
            }
            boolean inSource = path.toLowerCase(java.util.Locale.ROOT).endsWith("source." + name.toLowerCase(java.util.Locale.ROOT));
            if (name.endsWith("Reference") || name.endsWith("References") || (name.equals("reference") && inSource)) {
                return CITATION;
            }
            return ID;
        }
    }

    static void check(CommandEnvelope envelope, Object command) {
        guard("commandId", () -> RecordIdRule.checkId(envelope.commandId()));
        guard("source.reference", () -> RecordIdRule.checkReference(envelope.source().reference()));
        walk(command, "payload", Kind.TEXT);
    }

    /** The same rules for one named field of any record (a corrected fact), reported under {@code path}. */
    static void checkField(String name, Object value, String path) {
        walk(value, path, Kind.of(name, path));
    }

    private static void walk(Object value, String path, Kind kind) {
        if (value == null) {
            return;
        }
        if (value instanceof String text) {
            if (kind == Kind.ID) {
                guard(path, () -> RecordIdRule.checkId(text));
            } else if (kind == Kind.CITATION) {
                guard(path, () -> RecordIdRule.checkReference(text));
            }
        } else if (value instanceof Money amount) {
            guard(path, () -> AmountRange.check(amount));
        } else if (value instanceof LocalDate date) {
            guard(path, () -> DateRange.check(date));
        } else if (value instanceof JsonNode node) {
            walkJson(node, path, kind);
        } else if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, path + "[" + i++ + "]", kind);
            }
        } else if (value instanceof Optional<?> optional) {
            walk(optional.orElse(null), path, kind);
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> walk(item, path + "." + key, kind));
        } else if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                String child = path + "." + component.getName();
                walk(read(component, value), child, Kind.of(component.getName(), child));
            }
        }
    }

    /** A JSON tree inside a command (a correction's facts): its id-named text is held to the id rule. */
    private static void walkJson(JsonNode node, String path, Kind kind) {
        if (node.isTextual() && kind == Kind.ID) {
            guard(path, () -> RecordIdRule.checkId(node.textValue()));
        } else if (node.isTextual() && kind == Kind.CITATION) {
            guard(path, () -> RecordIdRule.checkReference(node.textValue()));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walkJson(node.get(i), path + "[" + i + "]", kind);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> entries = node.fields(); entries.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = entries.next();
                // Only a plain property name goes into the answer: the refusal never echoes odd input.
                String name = entry.getKey().matches("[A-Za-z0-9_]{1,64}") ? "." + entry.getKey() : "";
                walkJson(entry.getValue(), path + name, Kind.of(entry.getKey(), path + name));
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
