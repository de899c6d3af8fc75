package uk.police.collaboration.ledger.integrity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.Optional;

/** Verification and digests over HTTP. Verification answers 200 with status OK or BROKEN. */
@RestController
@Tag(name = "Integrity", description = "Tamper evidence: hash chain per stream, signed digests, verification")
class IntegrityController {

    private final ChainVerifier verifier;
    private final LedgerDigests digests;
    private final IntegritySeals seals;
    private final IntegrityChecks checks;

    IntegrityController(ChainVerifier verifier, LedgerDigests digests, IntegritySeals seals, IntegrityChecks checks) {
        this.verifier = verifier;
        this.digests = digests;
        this.seals = seals;
        this.checks = checks;
    }

    @Operation(summary = "The seal (integrity hash) of one event; 404 until the event is sealed")
    @GetMapping(path = "/api/integrity/events/{eventId}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<IntegritySeals.SealView> seal(@PathVariable String eventId) {
        return ResponseEntity.of(seals.sealOf(eventId));
    }

    @Operation(summary = "Verify every stream's chain and the latest stored digest")
    @GetMapping(path = "/api/integrity/verify", produces = MediaType.APPLICATION_JSON_VALUE)
    VerificationReport verify() {
        return checks.verifyNow();
    }

    @Operation(summary = "Verify every stream's chain and the given exported digest (kept outside the system)")
    @PostMapping(path = "/api/integrity/verify", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    VerificationReport verifyAgainst(@RequestBody DigestDocument digest) {
        return checks.verifyAgainst(digest);
    }

    @Operation(summary = "Every verification remembered, newest first: who, when, tree size, result, what broke")
    @GetMapping(path = "/api/integrity/verifications", produces = MediaType.APPLICATION_JSON_VALUE)
    java.util.List<VerificationRecords.Recorded> verifications() {
        return checks.verifications(100);
    }

    @Operation(summary = "Record a digest of everything sealed so far")
    @PostMapping(path = "/api/integrity/digests", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<DigestDocument> takeDigest() {
        return ResponseEntity.status(HttpStatus.CREATED).body(digests.take());
    }

    @Operation(summary = "Export the latest digest as a signed JSON document")
    @GetMapping(path = "/api/integrity/digests/latest", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<DigestDocument> latestDigest() {
        Optional<DigestDocument> latest = digests.latest();
        latest.ifPresent(digest -> digests.exported("DIGEST", Long.toString(digest.id()), IntegrityChecks.caller()));
        return ResponseEntity.of(latest);
    }
}
