package uk.police.collaboration.ledger.intake;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Text in a command is plain text, in any string of the envelope or the payload (values and
 * property names). JSON lets a caller write anything escaped (\u0000, \u202e, \ud800...); these have
 * no place in a record of decisions:
 * <ul>
 *   <li>{@code CONTROL_CHARACTER}: C0 controls other than line feed, carriage return and tab, DEL
 *   and the C1 controls U+0080–U+009F. They corrupt logs and terminals, and PostgreSQL cannot store
 *   \u0000 in JSONB at all.</li>
 *   <li>{@code BIDI_CONTROL}: the bidirectional embeddings, overrides, isolates and marks (U+061C,
 *   U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), which make text read differently from what it
 *   holds ("Trojan source").</li>
 *   <li>{@code INVISIBLE_CHARACTER}: zero-width space, non-joiner and joiner, word joiner, the
 *   invisible operators U+2061–U+2064, the Mongolian vowel separator and the byte order mark
 *   (U+200B–U+200D, U+2060–U+2064, U+180E, U+FEFF), which make two different names look the same.</li>
 *   <li>{@code UNPAIRED_SURROGATE}: half of a UTF-16 pair, which is no character at all and cannot be
 *   written as UTF-8 (it would be stored as "?").</li>
 * </ul>
 */
final class PlainTextRule {

    static final String CODE = "CONTROL_CHARACTER";
    static final String BIDI = "BIDI_CONTROL";
    static final String INVISIBLE = "INVISIBLE_CHARACTER";
    static final String SURROGATE = "UNPAIRED_SURROGATE";
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
        fields.forEach(PlainTextRule::check);
        if (envelope.payload() != null) {
            check(envelope.payload(), "payload");
        }
    }

    private static void check(JsonNode node, String path) {
        if (node.isTextual()) {
            check(path, node.textValue());
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), path + "[" + i + "]");
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> entries = node.fields(); entries.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = entries.next();
                check(path, entry.getKey());
                // Only a plain property name goes into the answer: the refusal never echoes odd input.
                check(entry.getValue(), PLAIN_NAME.matcher(entry.getKey()).matches() ? path + "." + entry.getKey() : path);
            }
        }
    }

    private static void check(String field, String text) {
        String code = breach(text);
        if (code != null) {
            throw refusal(code, field);
        }
    }

    /** The code of the first rule the text breaks, or null if it is plain text. */
    static String breach(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || (c >= 0x7F && c <= 0x9F)) {
                return CODE;
            }
            if (c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
                return BIDI;
            }
            if ((c >= 0x200B && c <= 0x200D) || (c >= 0x2060 && c <= 0x2064) || c == 0x180E || c == 0xFEFF) {
                return INVISIBLE;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return SURROGATE;
            }
        }
        return null;
    }

    private static CommandRefused refusal(String code, String field) {
        String rule = switch (code) {
            case BIDI -> " contains a bidirectional control character (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069)";
            case INVISIBLE -> " contains an invisible character (zero-width space, joiner or non-joiner, word joiner, byte order mark)";
            case SURROGATE -> " contains half of a UTF-16 surrogate pair, which is not a character";
            default -> " contains a control character; text may hold line feeds, carriage returns and tabs but no other "
                    + "control characters (C0, DEL or C1)";
        };
        return new CommandRefused(400, code, field + rule, List.of(field));
    }
}
