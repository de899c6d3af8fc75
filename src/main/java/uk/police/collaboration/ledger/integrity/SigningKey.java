package uk.police.collaboration.ledger.integrity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.NamedParameterSpec;
import java.util.Arrays;
import java.util.Base64;

/**
 * The Ed25519 key that signs checkpoints, by name. Made from its 32-byte seed (RFC 8032), which
 * is what an {@code openssl genpkey -algorithm ed25519} PEM file holds after its 16-byte header.
 */
final class SigningKey {

    private final String name;
    private final PrivateKey privateKey;
    private final VerifierKey verifierKey;
    private final boolean demo;

    private SigningKey(String name, KeyPair pair, boolean demo) {
        VerifierKey.checkName(name);
        this.name = name;
        this.privateKey = pair.getPrivate();
        this.verifierKey = VerifierKey.of(name, VerifierKey.rawPublicKey(pair.getPublic()));
        this.demo = demo;
    }

    static SigningKey fromSeed(String name, byte[] seed, boolean demo) {
        if (seed.length != 32) {
            throw new IllegalArgumentException("an Ed25519 seed has 32 bytes, not " + seed.length);
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            // The JDK derives the key pair from the first 32 bytes it draws: hand it the seed.
            generator.initialize(NamedParameterSpec.ED25519, new SeedRandom(seed));
            return new SigningKey(name, generator.generateKeyPair(), demo);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is not available", e);
        }
    }

    /** From the text of a PKCS#8 PEM file ("-----BEGIN PRIVATE KEY-----", as openssl writes it). */
    static SigningKey fromPem(String name, String pem) {
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        byte[] der = Base64.getDecoder().decode(base64);
        if (der.length != 48) {
            throw new IllegalArgumentException("not an Ed25519 PKCS#8 private key (48 bytes expected, " + der.length + " found)");
        }
        return fromSeed(name, Arrays.copyOfRange(der, 16, 48), false);
    }

    String name() {
        return name;
    }

    VerifierKey verifierKey() {
        return verifierKey;
    }

    boolean isDemo() {
        return demo;
    }

    byte[] sign(String text) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(privateKey);
            signer.update(text.getBytes(StandardCharsets.UTF_8));
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class SeedRandom extends SecureRandom {
        private final byte[] seed;

        SeedRandom(byte[] seed) {
            this.seed = seed.clone();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            System.arraycopy(seed, 0, bytes, 0, Math.min(seed.length, bytes.length));
        }
    }
}
