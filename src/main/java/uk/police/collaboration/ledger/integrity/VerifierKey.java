package uk.police.collaboration.ledger.integrity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A public Ed25519 key in the C2SP signed-note verifier-key form {@code name+hash+base64(0x01 || key)},
 * where hash is the hex of the first 4 bytes of SHA-256(name || 0x0A || 0x01 || key). Anyone
 * holding this string can check a checkpoint's signature; nobody can make one with it.
 */
public record VerifierKey(String name, byte[] keyHash, byte[] publicKey) {

    static final byte ED25519 = 0x01;
    /** DER prefix of an X.509 SubjectPublicKeyInfo for Ed25519 (RFC 8410), before the 32 key bytes. */
    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    public static VerifierKey of(String name, byte[] publicKey) {
        checkName(name);
        return new VerifierKey(name, keyHash(name, publicKey), publicKey.clone());
    }

    public static VerifierKey parse(String text) {
        String[] parts = text.trim().split("\\+");
        if (parts.length != 3) {
            throw new IllegalArgumentException("a verifier key has the form name+hash+base64key, not '" + text.trim() + "'");
        }
        byte[] encoded = Base64.getDecoder().decode(parts[2]);
        if (encoded.length != 33 || encoded[0] != ED25519) {
            throw new IllegalArgumentException("verifier key " + parts[0] + " is not an Ed25519 key (type 0x01, 32 bytes)");
        }
        VerifierKey key = of(parts[0], Arrays.copyOfRange(encoded, 1, 33));
        if (!HexFormat.of().formatHex(key.keyHash).equals(parts[1].toLowerCase())) {
            throw new IllegalArgumentException("verifier key " + parts[0] + ": the key hash " + parts[1]
                    + " does not match the key (expected " + HexFormat.of().formatHex(key.keyHash) + ")");
        }
        return key;
    }

    static byte[] keyHash(String name, byte[] publicKey) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(name.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0x0A);
            sha.update(ED25519);
            sha.update(publicKey);
            return Arrays.copyOf(sha.digest(), 4);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static void checkName(String name) {
        if (name == null || name.isEmpty() || name.contains("+") || name.chars().anyMatch(c -> c <= ' ')) {
            throw new IllegalArgumentException("a key name is non-empty, without '+' or white space: '" + name + "'");
        }
    }

    /** {@code name+hash+base64key}. */
    public String text() {
        byte[] encoded = new byte[33];
        encoded[0] = ED25519;
        System.arraycopy(publicKey, 0, encoded, 1, 32);
        return name + "+" + HexFormat.of().formatHex(keyHash) + "+" + Base64.getEncoder().encodeToString(encoded);
    }

    public String keyHashHex() {
        return HexFormat.of().formatHex(keyHash);
    }

    boolean verify(byte[] message, byte[] signature) {
        try {
            byte[] der = Arrays.copyOf(X509_PREFIX, X509_PREFIX.length + 32);
            System.arraycopy(publicKey, 0, der, X509_PREFIX.length, 32);
            PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(message);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    static byte[] rawPublicKey(PublicKey key) {
        byte[] der = key.getEncoded();
        return Arrays.copyOfRange(der, der.length - 32, der.length);
    }

    @Override
    public String toString() {
        return text();
    }
}
