package uk.police.collaboration.ledger.integrity;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * A C2SP signed note: a text ending in a line feed, a blank line, then one line per signature,
 * {@code "— " name " " base64(key hash (4 bytes) || Ed25519 signature of the text (64 bytes))}.
 */
public record SignedNote(String text, List<Line> signatures) {

    static final String DASH = "\u2014 ";

    public record Line(String keyName, byte[] keyHash, byte[] signature) {
    }

    static String sign(String text, List<SigningKey> keys) {
        StringBuilder note = new StringBuilder(text).append('\n');
        for (SigningKey key : keys) {
            byte[] signature = key.sign(text);
            byte[] blob = Arrays.copyOf(key.verifierKey().keyHash(), 4 + signature.length);
            System.arraycopy(signature, 0, blob, 4, signature.length);
            note.append(DASH).append(key.name()).append(' ').append(Base64.getEncoder().encodeToString(blob)).append('\n');
        }
        return note.toString();
    }

    public static SignedNote parse(String note) {
        int split = note.lastIndexOf("\n\n");
        if (split < 0 || !note.endsWith("\n")) {
            throw new IllegalArgumentException("not a signed note: no blank line before the signatures");
        }
        String text = note.substring(0, split + 1);
        List<Line> lines = new ArrayList<>();
        for (String line : note.substring(split + 2).split("\n")) {
            if (!line.startsWith(DASH)) {
                throw new IllegalArgumentException("not a signature line: '" + line + "'");
            }
            String[] parts = line.substring(DASH.length()).split(" ");
            if (parts.length != 2) {
                throw new IllegalArgumentException("a signature line is '— name signature': '" + line + "'");
            }
            byte[] blob = Base64.getDecoder().decode(parts[1]);
            if (blob.length < 5) {
                throw new IllegalArgumentException("signature of " + parts[0] + " is too short");
            }
            lines.add(new Line(parts[0], Arrays.copyOf(blob, 4), Arrays.copyOfRange(blob, 4, blob.length)));
        }
        return new SignedNote(text, List.copyOf(lines));
    }

    /**
     * The first signature made by one of these keys that verifies, matched by name and key hash
     * as C2SP prescribes; null when none does.
     */
    public VerifierKey verifiedBy(List<VerifierKey> keys) {
        for (Line line : signatures) {
            for (VerifierKey key : keys) {
                if (key.name().equals(line.keyName()) && Arrays.equals(key.keyHash(), line.keyHash())
                        && key.verify(text.getBytes(StandardCharsets.UTF_8), line.signature())) {
                    return key;
                }
            }
        }
        return null;
    }
}
