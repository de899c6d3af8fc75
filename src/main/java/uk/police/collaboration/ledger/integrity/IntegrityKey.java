package uk.police.collaboration.ledger.integrity;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The secret that seals the chain and signs digests (HMAC-SHA-256). Its id is derived from the key
 * itself, so a seal or digest made with another key is recognised as such without trusting a label.
 */
final class IntegrityKey {

    static final String ALGORITHM = "HmacSHA256";
    static final String DIGEST_ALGORITHM = "HMAC-SHA256";

    private final byte[] secret;
    private final String id;
    private final boolean demo;

    IntegrityKey(byte[] secret, boolean demo) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("an integrity key needs at least 32 bytes (256 bits), not " + secret.length);
        }
        this.secret = secret.clone();
        this.demo = demo;
        this.id = "k-" + Hashes.hex(Hashes.sha256(concat("ledger-integrity-key-id:".getBytes(StandardCharsets.US_ASCII), secret))).substring(0, 16);
    }

    String id() {
        return id;
    }

    boolean isDemo() {
        return demo;
    }

    Mac mac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }

    byte[] hmac(byte[] data) {
        return mac().doFinal(data);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Override
    public String toString() {
        return "IntegrityKey[" + id + (demo ? ", DEMO" : "") + "]";
    }

    /** Small hashing helpers shared by the package. */
    static final class Hashes {
        private Hashes() {
        }

        static byte[] sha256(byte[] data) {
            try {
                return MessageDigest.getInstance("SHA-256").digest(data == null ? new byte[0] : data);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        static String sha256Hex(byte[] data) {
            return hex(sha256(data));
        }

        static String hex(byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
        }

        static byte[] unhex(String hex) {
            return HexFormat.of().parseHex(hex.trim());
        }

        static boolean sameHex(String a, String b) {
            return a != null && b != null && MessageDigest.isEqual(a.trim().toLowerCase().getBytes(StandardCharsets.US_ASCII),
                    b.trim().toLowerCase().getBytes(StandardCharsets.US_ASCII));
        }
    }
}
