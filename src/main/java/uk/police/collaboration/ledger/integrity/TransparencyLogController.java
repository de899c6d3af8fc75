package uk.police.collaboration.ledger.integrity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Optional;

/**
 * The transparency log over HTTP. Checkpoints, the public keys and consistency proofs are public
 * (they reveal hashes only); inclusion proofs and leaf openings are for auditors.
 */
@RestController
@Tag(name = "Transparency log", description = "RFC 9162 Merkle log of every event, Ed25519-signed checkpoints, proofs")
class TransparencyLogController {

    static final String DEMO_HEADER = "X-Ledger-Demo-Key";
    private final Checkpoints checkpoints;
    private final LogProofs proofs;
    private final LeafOpenings openings;
    private final LedgerDigests digests;

    TransparencyLogController(Checkpoints checkpoints, LogProofs proofs, LeafOpenings openings, LedgerDigests digests) {
        this.checkpoints = checkpoints;
        this.proofs = proofs;
        this.openings = openings;
        this.digests = digests;
    }

    @Operation(summary = "The latest checkpoint: a C2SP signed note over origin, tree size and root hash")
    @GetMapping(path = "/api/integrity/checkpoint", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> latest() {
        return note(Optional.of(checkpoints.latest()));
    }

    @Operation(summary = "The checkpoint at a tree size (signed once, then always the same)")
    @GetMapping(path = "/api/integrity/checkpoint/{treeSize}", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> at(@PathVariable long treeSize) {
        return note(checkpoints.at(treeSize));
    }

    @Operation(summary = "Every checkpoint signed so far, newest first")
    @GetMapping(path = "/api/integrity/checkpoints", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Checkpoints.Signed> all() {
        return checkpoints.all(200);
    }

    @Operation(summary = "The public keys that sign checkpoints, one verifier key (name+hash+base64key) a line, current first")
    @GetMapping(path = "/api/integrity/keys", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> keys() {
        StringBuilder text = new StringBuilder();
        checkpoints.keys().verifierKeys().forEach(key -> text.append(key.text()).append('\n'));
        return ResponseEntity.ok().header(DEMO_HEADER, Boolean.toString(checkpoints.keys().demo())).body(text.toString());
    }

    @Operation(summary = "Inclusion proof of an event, by event id or by the command id that recorded it, against a tree size")
    @GetMapping(path = "/api/integrity/proofs/inclusion", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<List<LogProofs.InclusionProof>> inclusion(@RequestParam(required = false) String eventId,
                                                             @RequestParam(required = false) String commandId,
                                                             @RequestParam(required = false) Long treeSize) {
        if ((eventId == null) == (commandId == null)) {
            return ResponseEntity.badRequest().build();
        }
        List<LogProofs.InclusionProof> found = eventId != null
                ? proofs.inclusion(eventId, treeSize).stream().toList() : proofs.inclusionOfCommand(commandId, treeSize);
        return found.isEmpty() ? ResponseEntity.notFound().build()
                : ResponseEntity.ok().header(DEMO_HEADER, Boolean.toString(checkpoints.keys().demo())).body(found);
    }

    @Operation(summary = "Consistency proof that the tree of size 'from' is a prefix of the tree of size 'to'")
    @GetMapping(path = "/api/integrity/proofs/consistency", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<LogProofs.ConsistencyProof> consistency(@RequestParam long from, @RequestParam long to) {
        return ResponseEntity.of(proofs.consistency(from, to));
    }

    @Operation(summary = "An event's leaf data with every field opened (value and salt): for auditors")
    @GetMapping(path = "/api/integrity/leaves/{eventId}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<LeafOpenings.Opening> leaf(@PathVariable String eventId) {
        return ResponseEntity.of(openings.open(eventId, name -> true));
    }

    private ResponseEntity<String> note(Optional<Checkpoints.Signed> checkpoint) {
        checkpoint.ifPresent(c -> digests.exported("CHECKPOINT", Long.toString(c.treeSize()), IntegrityChecks.caller()));
        return checkpoint.map(c -> ResponseEntity.ok().header(DEMO_HEADER, Boolean.toString(c.demoKey())).body(c.note()))
                .orElse(ResponseEntity.notFound().build());
    }
}
