package uk.police.collaboration.ledger.integrity;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Optional;

/**
 * What the integrity page and API need: verify now (remembered, with who asked), the verifications
 * remembered, the latest digest and checkpoint, and whether the demo keys are in use.
 */
@Service
public class IntegrityChecks {

    private final ChainVerifier verifier;
    private final LedgerDigests digests;
    private final VerificationRecords records;
    private final Checkpoints checkpoints;
    private final IntegrityKey key;

    IntegrityChecks(ChainVerifier verifier, LedgerDigests digests, VerificationRecords records, Checkpoints checkpoints,
                    IntegrityKey key) {
        this.verifier = verifier;
        this.digests = digests;
        this.records = records;
        this.checkpoints = checkpoints;
        this.key = key;
    }

    /** Recomputes every chain and the log, checks the latest stored digest, and remembers the result. */
    public VerificationReport verifyNow() {
        return remember(verifier.verifyAgainstLatestDigest());
    }

    /** The same against a digest kept outside the system. */
    public VerificationReport verifyAgainst(DigestDocument digest) {
        return remember(verifier.verify(Optional.of(digest)));
    }

    private VerificationReport remember(VerificationReport report) {
        records.remember(report, caller());
        return report;
    }

    /** The verifications remembered, newest first. */
    public List<VerificationRecords.Recorded> verifications(int limit) {
        return records.recent(limit);
    }

    public Optional<VerificationRecords.Recorded> lastVerification() {
        return records.last();
    }

    public Optional<DigestDocument> latestDigest() {
        return digests.latest();
    }

    /** Records a digest of everything sealed so far. */
    public DigestDocument takeDigest() {
        return digests.take();
    }

    public Checkpoints.Signed latestCheckpoint() {
        return checkpoints.latest();
    }

    public List<Checkpoints.Signed> checkpoints(int limit) {
        return checkpoints.all(limit);
    }

    public List<String> verifierKeys() {
        return checkpoints.keys().verifierKeys().stream().map(VerifierKey::text).toList();
    }

    /** True when seals, digests or checkpoints are made with a public demo key: they prove nothing. */
    public boolean demoKeysInUse() {
        return key.isDemo() || checkpoints.keys().demo();
    }

    static String caller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication.getName() == null
                ? "command line (" + System.getProperty("user.name", "unknown") + ")" : authentication.getName();
    }
}
