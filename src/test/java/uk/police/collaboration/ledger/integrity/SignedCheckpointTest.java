package uk.police.collaboration.ledger.integrity;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Ed25519 signed notes and checkpoints, locked to published vectors: RFC 8032 §7.1 test 1, and
 * the signed note of the Go reference implementation (golang.org/x/mod/sumdb/note), whose
 * verifier key, key hash and signature we must reproduce byte for byte so that any C2SP verifier
 * accepts our checkpoints.
 */
class SignedCheckpointTest {

    static final String GO_VERIFIER_KEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
    /** The Go example's signer key: "PRIVATE+KEY+PeterNeumann+c74f20a3+" then base64(0x01 || seed). */
    static final String GO_SIGNER_SEED = "AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
    static final String GO_TEXT = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
    static final String GO_NOTE = GO_TEXT + "\n\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";

    @Test
    void theRfc8032SeedGivesItsPublishedPublicKeyAndSignature() {
        SigningKey key = SigningKey.fromSeed("rfc8032", HexFormat.of().parseHex(
                "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"), false);
        assertThat(HexFormat.of().formatHex(key.verifierKey().publicKey()))
                .isEqualTo("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
        assertThat(HexFormat.of().formatHex(key.sign(""))).isEqualTo("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
    }

    @Test
    void theGoReferenceNoteIsReproducedByteForByteAndVerifies() {
        byte[] encoded = Base64.getDecoder().decode(GO_SIGNER_SEED);
        SigningKey key = SigningKey.fromSeed("PeterNeumann", Arrays.copyOfRange(encoded, 1, 33), false);
        assertThat(key.verifierKey().text()).isEqualTo(GO_VERIFIER_KEY);
        assertThat(SignedNote.sign(GO_TEXT.substring(0, GO_TEXT.length()), List.of(key))).isEqualTo(GO_NOTE);
        VerifierKey published = VerifierKey.parse(GO_VERIFIER_KEY);
        assertThat(SignedNote.parse(GO_NOTE).verifiedBy(List.of(published))).isEqualTo(published);
    }

    @Test
    void aVerifierKeyWithAWrongHashOrTypeIsRefused() {
        assertThatThrownBy(() -> VerifierKey.parse("PeterNeumann+c74f20a4+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"))
                .hasMessageContaining("does not match");
        assertThatThrownBy(() -> VerifierKey.parse("PeterNeumann+c74f20a3+AhpcXQcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"))
                .hasMessageContaining("not an Ed25519 key");
        assertThatThrownBy(() -> VerifierKey.parse("no-plus-signs")).hasMessageContaining("name+hash+base64key");
    }

    @Test
    void aCheckpointVerifiesWithItsKeyAndNotWhenForgedOrSignedByAnotherKey() {
        SigningKey ours = key("ledger.example/log", 1);
        SigningKey forger = key("ledger.example/log", 2);
        Checkpoint checkpoint = new Checkpoint("ledger.example/log", 4711, MerkleHash.leaf("root".getBytes()));
        String note = SignedNote.sign(checkpoint.body(), List.of(ours));
        assertThat(note).startsWith("ledger.example/log\n4711\n").contains("\n\n\u2014 ledger.example/log ");
        assertThat(Checkpoint.parse(SignedNote.parse(note).text())).usingRecursiveComparison().isEqualTo(checkpoint);
        assertThat(SignedNote.parse(note).verifiedBy(List.of(ours.verifierKey()))).isEqualTo(ours.verifierKey());

        String forgedSize = note.replaceFirst("\n4711\n", "\n4712\n");
        assertThat(SignedNote.parse(forgedSize).verifiedBy(List.of(ours.verifierKey()))).as("altered body").isNull();

        String byForger = SignedNote.sign(checkpoint.body(), List.of(forger));
        assertThat(SignedNote.parse(byForger).verifiedBy(List.of(ours.verifierKey())))
                .as("same name, other key: the key hash differs").isNull();
    }

    @Test
    void afterARotationOldCheckpointsStillVerifyWithTheRetiredKey() {
        SigningKey old = key("ledger.example/log-2025", 3);
        SigningKey current = key("ledger.example/log-2026", 4);
        SigningKeys ring = new SigningKeys("ledger.example/log", current, List.of(old.verifierKey()));
        String oldNote = SignedNote.sign(new Checkpoint("ledger.example/log", 10, MerkleHash.empty()).body(), List.of(old));
        String newNote = SignedNote.sign(new Checkpoint("ledger.example/log", 20, MerkleHash.empty()).body(), List.of(current));
        assertThat(ring.verifierKeys()).extracting(VerifierKey::name).containsExactly("ledger.example/log-2026", "ledger.example/log-2025");
        assertThat(SignedNote.parse(oldNote).verifiedBy(ring.verifierKeys())).isEqualTo(old.verifierKey());
        assertThat(SignedNote.parse(newNote).verifiedBy(ring.verifierKeys())).isEqualTo(current.verifierKey());
        assertThat(SignedNote.parse(oldNote).verifiedBy(List.of(current.verifierKey()))).isNull();
    }

    @Test
    void aPemKeyFromOpensslIsReadAsItsSeed() {
        // openssl genpkey -algorithm ed25519 writes PKCS#8: a 16-byte header, then the 32-byte seed.
        byte[] seed = new byte[32];
        Arrays.fill(seed, (byte) 7);
        byte[] der = HexFormat.of().parseHex("302e020100300506032b657004220420" + HexFormat.of().formatHex(seed));
        String pem = "-----BEGIN PRIVATE KEY-----\n" + Base64.getEncoder().encodeToString(der) + "\n-----END PRIVATE KEY-----\n";
        assertThat(SigningKey.fromPem("k", pem).verifierKey().text()).isEqualTo(SigningKey.fromSeed("k", seed, false).verifierKey().text());
    }

    static SigningKey key(String name, int seed) {
        byte[] bytes = new byte[32];
        Arrays.fill(bytes, (byte) seed);
        return SigningKey.fromSeed(name, bytes, false);
    }
}
