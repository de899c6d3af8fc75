package uk.police.collaboration.ledger.intake;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Text in a command is plain text: no C0 control characters other than line feed, carriage return
 * and tab, in any string of the envelope or the payload (values and property names). JSON lets a
 * caller write them escaped (\u0000, \u001b...); they have no place in a record of decisions, they
 * can corrupt logs and terminals, and PostgreSQL cannot store \u0000 in JSONB at all.
 */
final class PlainTextRule {

    static final String CODE = "CONTROL_CHARACTER";
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");

    private PlainTextRule() {
    }

    static void check(CommandEnvelope envelope) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("command", envelope.command());
        fields.put("commandId", envelope.commandId());
        fields.put("effectiveOn", envelope.effectiveOn());
        fields.put("recordedBy", envelope.recordedBy());
        if (envelope.source() != null) {
            fields.put("source.reference", envelope.source().reference());
            fields.put("source.section", envelope.source().section());
            fields.put("source.title", envelope.source().title());
            fields.put("source.url", envelope.source().url());
        }
        fields.forEach((field, text) -> {
            if (hasControl(text)) {
                throw refusal(field);
            }
        });
        if (envelope.payload() != null) {
            check(envelope.payload(), "payload");
        }
    }

    private static void check(JsonNode node, String path) {
        if (node.isTextual() && hasControl(node.textValue())) {
            throw refusal(path);
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), path + "[" + i + "]");
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> entries = node.fields(); entries.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = entries.next();
                if (hasControl(entry.getKey())) {
                    throw refusal(path);
                }
                // Only a plain property name goes into the answer: the refusal never echoes odd input.
                check(entry.getValue(), PLAIN_NAME.matcher(entry.getKey()).matches() ? path + "." + entry.getKey() : path);
            }
        }
    }

    static boolean hasControl(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
                return true;
            }
        }
        return false;
    }

    private static CommandRefused refusal(String field) {
        return new CommandRefused(400, CODE,
                field + " contains a control character; text may hold line feeds, carriage returns and tabs but no other control characters",
                List.of(field));
    }
}
