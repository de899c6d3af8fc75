package uk.police.collaboration.ledger.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import uk.police.collaboration.ledger.shared.LedgerJson;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * What makes a resubmission "the same command": its name, effective date, source, payload and the
 * paper's original author (a journal line's {@code recordedBy}, kept on the events). A property
 * left out and a property given as {@code null} are the same (both mean "not given", as the
 * command records read them), at any depth of the payload and in the source; property order
 * never matters. Who submits it is not content: a resubmission by another signed-in user answers
 * as the first time.
 *
 * <p>Command-log rows written before this form existed hold the earlier fingerprint (no author, nulls
 * as given); {@link #matches} accepts that form too, so an upgrade does not turn an honest
 * resubmission of an old command into a conflict. The current form starts with a version marker,
 * so the two can never be mistaken for each other.
 */
final class CommandFingerprint {

    private static final String VERSION = "fingerprint/2";

    private CommandFingerprint() {
    }

    static String of(CommandEnvelope envelope) {
        ArrayNode canonical = JsonNodeFactory.instance.arrayNode()
                .add(VERSION).add(envelope.command()).add(envelope.effectiveOn())
                .add(withoutNulls(LedgerJson.mapper().valueToTree(envelope.source())))
                .add(envelope.payload() == null ? JsonNodeFactory.instance.nullNode() : withoutNulls(envelope.payload()))
                .add(envelope.recordedBy());
        // As plain maps and lists: the ledger mapper sorts map keys, so property order never changes the text.
        return sha256(LedgerJson.mapper().convertValue(canonical, Object.class));
    }

    /** Whether a stored fingerprint is this envelope's, in the current form or the one before it. */
    static boolean matches(String stored, CommandEnvelope envelope) {
        return stored != null && (stored.equals(of(envelope)) || stored.equals(legacy(envelope)));
    }

    /** The form used before absent and null were made equal: kept only to answer old command-log rows. */
    static String legacy(CommandEnvelope envelope) {
        return sha256(List.of(envelope.command(), envelope.effectiveOn(), envelope.source(),
                LedgerJson.mapper().convertValue(envelope.payload(), Object.class)));
    }

    private static JsonNode withoutNulls(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> entries = node.fields(); entries.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = entries.next();
                if (!entry.getValue().isNull()) {
                    copy.set(entry.getKey(), withoutNulls(entry.getValue()));
                }
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> copy.add(withoutNulls(item)));
            return copy;
        }
        return node;
    }

    private static String sha256(Object canonical) {
        try {
            String text = LedgerJson.mapper().writeValueAsString(canonical);
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
