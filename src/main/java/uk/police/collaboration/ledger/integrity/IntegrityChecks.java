package uk.police.collaboration.ledger.integrity;

import org.springframework.stereotype.Service;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the integrity page needs: verify now, the last verification this server ran, and the
 * latest digest. The verification itself is {@link ChainVerifier}'s; this only remembers it.
 */
@Service
public class IntegrityChecks {

    private final ChainVerifier verifier;
    private final LedgerDigests digests;
    private final AtomicReference<VerificationReport> last = new AtomicReference<>();

    IntegrityChecks(ChainVerifier verifier, LedgerDigests digests) {
        this.verifier = verifier;
        this.digests = digests;
    }

    /** Recomputes every chain and checks the latest digest. */
    public VerificationReport verifyNow() {
        VerificationReport report = verifier.verifyAgainstLatestDigest();
        last.set(report);
        return report;
    }

    /** The last verification run by this server since it started, if any. */
    public Optional<VerificationReport> lastVerification() {
        return Optional.ofNullable(last.get());
    }

    public Optional<DigestDocument> latestDigest() {
        return digests.latest();
    }

    /** Records a digest of everything sealed so far. */
    public DigestDocument takeDigest() {
        return digests.take();
    }
}
