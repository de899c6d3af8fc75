package uk.police.collaboration.ledger.integrity;

import java.util.Base64;

/**
 * A C2SP tlog-checkpoint body: the log's origin line, the tree size in decimal, the root hash in
 * base64, each ending in a line feed.
 */
public record Checkpoint(String origin, long size, byte[] root) {

    public String body() {
        return origin + "\n" + size + "\n" + Base64.getEncoder().encodeToString(root) + "\n";
    }

    public static Checkpoint parse(String body) {
        String[] lines = body.split("\n", -1);
        if (lines.length < 4 || !body.endsWith("\n") || lines[0].isEmpty() || !lines[1].matches("0|[1-9][0-9]{0,18}")) {
            throw new IllegalArgumentException("not a checkpoint: origin, tree size and root hash lines expected");
        }
        byte[] root = Base64.getDecoder().decode(lines[2]);
        if (root.length != 32) {
            throw new IllegalArgumentException("the checkpoint's root hash is not 32 bytes");
        }
        return new Checkpoint(lines[0], Long.parseLong(lines[1]), root);
    }

    public String rootHex() {
        return java.util.HexFormat.of().formatHex(root);
    }
}
