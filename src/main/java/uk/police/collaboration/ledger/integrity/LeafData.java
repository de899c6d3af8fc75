package uk.police.collaboration.ledger.integrity;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one leaf of the log commits to, as text (UTF-8, every line ending in a line feed):
 * <pre>
 * collaboration-programme-ledger/leaf/v1
 * event &lt;event id&gt;
 * stream &lt;aggregate id&gt;
 * sequence &lt;n&gt;
 * type &lt;payload type&gt;
 * revision &lt;payload revision&gt;
 * timestamp &lt;stored timestamp&gt;
 * field metadata.commandId &lt;commitment&gt;
 * field payload.title &lt;commitment&gt;
 * …
 * </pre>
 * one {@code field} line per top-level field of the stored payload and metadata, in byte order of
 * the name, where {@code commitment = hex SHA-256("collaboration-programme-ledger/field/v1\n" name "\n"
 * salt "\n" value)}, the salt being 16 random bytes in hex (kept server-side) and the value the
 * field's compact JSON text. A leaf therefore reveals no value; a release opens some fields (value
 * and salt) and leaves the others as bare commitments, and the leaf, hence the tree, is the same.
 * Header values escape backslash and line feed ({@code \\}, {@code \n}).
 */
public final class LeafData {

    public static final String VERSION = "collaboration-programme-ledger/leaf/v1";
    public static final String FIELD_TAG = "collaboration-programme-ledger/field/v1";
    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final SecureRandom RANDOM = new SecureRandom();

    private LeafData() {
    }

    /** The header of a leaf: event id, stream, sequence, type, revision, timestamp. */
    public record Header(String eventId, String stream, long sequence, String type, String revision, String timestamp) {
        static Header of(StoredEvent event) {
            return new Header(event.eventId(), event.stream(), event.sequence(), event.payloadType(),
                    event.payloadRevision(), event.timestamp());
        }
    }

    /** A leaf as it is appended: its bytes and the salts of its fields. */
    record Sealed(byte[] data, Map<String, String> salts) {
    }

    /** Commits to every field of a stored event with fresh salts. */
    static Sealed seal(StoredEvent event) {
        Map<String, String> salts = new TreeMap<>();
        Map<String, String> commitments = new TreeMap<>();
        fields(event).forEach((name, value) -> {
            byte[] salt = new byte[16];
            RANDOM.nextBytes(salt);
            String hex = HexFormat.of().formatHex(salt);
            salts.put(name, hex);
            commitments.put(name, commitment(name, hex, value));
        });
        return new Sealed(text(Header.of(event), commitments), salts);
    }

    /**
     * The leaf this stored event should have, given its salts; a field whose salt was erased is
     * taken as the commitment in the stored leaf (it can no longer be recomputed, and need not be).
     */
    static byte[] recompute(StoredEvent event, Map<String, String> salts, Map<String, String> storedCommitments) {
        Map<String, String> commitments = new TreeMap<>();
        fields(event).forEach((name, value) -> {
            String salt = salts.get(name);
            commitments.put(name, salt != null ? commitment(name, salt, value) : storedCommitments.getOrDefault(name, "erased-unknown"));
        });
        return text(Header.of(event), commitments);
    }

    /** The top-level fields of the stored payload and metadata, name -> compact JSON value. */
    static Map<String, String> fields(StoredEvent event) {
        Map<String, String> fields = new TreeMap<>();
        addFields("payload", event.payload(), fields);
        addFields("metadata", event.metadata(), fields);
        return fields;
    }

    private static void addFields(String part, byte[] json, Map<String, String> into) {
        if (json == null) {
            return;
        }
        try {
            JsonNode node = JSON.readTree(json);
            if (node != null && node.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    into.put(part + "." + field.getKey(), JSON.writeValueAsString(field.getValue()));
                }
            } else {
                into.put(part, node == null ? "null" : JSON.writeValueAsString(node));
            }
        } catch (IOException e) {
            // Not JSON: commit to the bytes as one field, as text.
            into.put(part, new String(json, StandardCharsets.UTF_8));
        }
    }

    public static String commitment(String name, String saltHex, String valueJson) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest((FIELD_TAG + "\n" + name + "\n" + saltHex + "\n" + valueJson)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The leaf text from its header and its field commitments (name -> hex). */
    public static byte[] text(Header header, Map<String, String> commitments) {
        StringBuilder out = new StringBuilder(VERSION).append('\n');
        out.append("event ").append(escape(header.eventId())).append('\n');
        out.append("stream ").append(escape(header.stream())).append('\n');
        out.append("sequence ").append(header.sequence()).append('\n');
        out.append("type ").append(escape(header.type())).append('\n');
        out.append("revision ").append(escape(header.revision())).append('\n');
        out.append("timestamp ").append(escape(header.timestamp())).append('\n');
        new TreeMap<>(commitments).forEach((name, commitment) ->
                out.append("field ").append(escape(name)).append(' ').append(commitment).append('\n'));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The field commitments written in a leaf, name -> hex. */
    public static Map<String, String> commitments(byte[] leafData) {
        Map<String, String> commitments = new LinkedHashMap<>();
        for (String line : new String(leafData, StandardCharsets.UTF_8).split("\n")) {
            if (line.startsWith("field ")) {
                int space = line.lastIndexOf(' ');
                commitments.put(unescape(line.substring(6, space)), line.substring(space + 1));
            }
        }
        return commitments;
    }

    /** The header written in a leaf. */
    public static Header header(byte[] leafData) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : new String(leafData, StandardCharsets.UTF_8).split("\n")) {
            int space = line.indexOf(' ');
            if (space > 0 && !line.startsWith("field ")) {
                values.put(line.substring(0, space), unescape(line.substring(space + 1)));
            }
        }
        return new Header(values.get("event"), values.get("stream"), Long.parseLong(values.getOrDefault("sequence", "-1")),
                values.get("type"), values.get("revision"), values.get("timestamp"));
    }

    static String unescape(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String escape(String value) {
        return value == null ? "" : value.replace("\\", "\\\\").replace("\n", "\\n");
    }
}
