package uk.police.collaboration.ledger.integrity;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A ledger digest as exported: small, signed, meant to be kept outside the system (mailed to the
 * audit team, printed in board papers, put in a WORM store). The signature is HMAC-SHA-256 with
 * the integrity key over {@link #signedForm()}; only a holder of the key can check it.
 */
@JsonPropertyOrder({"format", "id", "takenAt", "globalPosition", "streamCount", "eventCount", "rootHash", "keyId",
        "algorithm", "signature"})
public record DigestDocument(String format, long id, String takenAt, long globalPosition, long streamCount, long eventCount,
                      String rootHash, String keyId, String algorithm, String signature) {

    static final String FORMAT = "collaboration-programme-ledger/digest/v1";

    byte[] signedForm() {
        return new StoredEvent.Canonical("CPL-DIGEST-1").text(format).number(id).text(takenAt).number(globalPosition)
                .number(streamCount).number(eventCount).text(rootHash == null ? null : rootHash.toLowerCase())
                .text(keyId).text(algorithm).toByteArray();
    }

    DigestDocument signedWith(IntegrityKey key) {
        DigestDocument unsigned = new DigestDocument(format, id, takenAt, globalPosition, streamCount, eventCount,
                rootHash, key.id(), IntegrityKey.DIGEST_ALGORITHM, null);
        return new DigestDocument(format, id, takenAt, globalPosition, streamCount, eventCount, rootHash, key.id(),
                IntegrityKey.DIGEST_ALGORITHM, IntegrityKey.Hashes.hex(key.hmac(unsigned.signedForm())));
    }

    boolean signatureValid(IntegrityKey key) {
        return signature != null && IntegrityKey.Hashes.sameHex(signature, IntegrityKey.Hashes.hex(key.hmac(signedForm())));
    }
}
