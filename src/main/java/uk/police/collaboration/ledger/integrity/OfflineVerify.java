package uk.police.collaboration.ledger.integrity;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * {@code java -jar programme-ledger.jar verify --keys keys.txt [--origin O] [--checkpoint new.txt]
 * [--older kept.txt --consistency proof.json] [--inclusion proof.json] [--pack foi.json]}: checks
 * exported files with nothing but the public keys: no database, no server, no Spring. Prints one
 * line per check ({@code OK …}, {@code FAIL KIND: reason}, {@code WARNING …}); exits 0 when every
 * check holds, 1 when one fails, 2 on misuse.
 */
public final class OfflineVerify {

    private static final ObjectMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private final PrintStream out;
    private final List<VerifierKey> keys = new ArrayList<>();
    private String origin;
    private int failures;

    private OfflineVerify(PrintStream out) {
        this.out = out;
    }

    /** Whether these arguments ask for the offline verifier (they name the public keys). */
    public static boolean wanted(String[] args) {
        return List.of(args).contains("--keys");
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                err.println(usage());
                return 2;
            }
            options.put(args[i].substring(2), args[++i]);
        }
        if (!options.containsKey("keys") || (options.containsKey("older") && !options.containsKey("checkpoint"))) {
            err.println(usage());
            return 2;
        }
        OfflineVerify verify = new OfflineVerify(out);
        try {
            for (String line : Files.readAllLines(Path.of(options.get("keys")))) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    verify.keys.add(VerifierKey.parse(line));
                }
            }
            verify.origin = options.get("origin");
            Checkpoint newer = null;
            if (options.containsKey("checkpoint")) {
                newer = verify.checkpoint("checkpoint", Files.readString(Path.of(options.get("checkpoint"))));
            }
            if (options.containsKey("older") && newer != null) {
                Checkpoint older = verify.checkpoint("older checkpoint", Files.readString(Path.of(options.get("older"))));
                JsonNode proof = options.containsKey("consistency") ? JSON.readTree(Path.of(options.get("consistency")).toFile()) : null;
                if (older != null) {
                    verify.consistency(older, newer, proof);
                }
            }
            if (options.containsKey("inclusion")) {
                JsonNode proofs = JSON.readTree(Path.of(options.get("inclusion")).toFile());
                for (JsonNode proof : proofs.isArray() ? proofs : JSON.createArrayNode().add(proofs)) {
                    verify.inclusion(proof, newer);
                }
            }
            if (options.containsKey("pack")) {
                verify.pack(JSON.readTree(Path.of(options.get("pack")).toFile()));
            }
        } catch (IOException | IllegalArgumentException e) {
            err.println("cannot read the files: " + e.getMessage());
            return 2;
        }
        return verify.failures == 0 ? 0 : 1;
    }

    static String usage() {
        return "usage: verify --keys <keys.txt> [--origin <origin>] [--checkpoint <checkpoint.txt>] "
                + "[--older <kept-checkpoint.txt> --consistency <proof.json>] [--inclusion <proof.json>] [--pack <foi-pack.json>]";
    }

    /** Signature, key and origin of a checkpoint; null when it fails. */
    Checkpoint checkpoint(String what, String note) {
        SignedNote signed;
        Checkpoint checkpoint;
        try {
            signed = SignedNote.parse(note);
            checkpoint = Checkpoint.parse(signed.text());
        } catch (IllegalArgumentException e) {
            return fail(BreakKind.BAD_CHECKPOINT_SIGNATURE, what + " is not a signed checkpoint: " + e.getMessage());
        }
        VerifierKey by = signed.verifiedBy(keys);
        if (by == null) {
            boolean known = signed.signatures().stream().anyMatch(line -> keys.stream().anyMatch(k -> k.name().equals(line.keyName())));
            return fail(known ? BreakKind.BAD_CHECKPOINT_SIGNATURE : BreakKind.UNKNOWN_KEY, what + " (tree size "
                    + checkpoint.size() + ") " + (known ? "has a signature that does not verify: it was altered or forged"
                    : "is signed by " + signed.signatures().stream().map(SignedNote.Line::keyName).toList()
                    + ", none of them a key you hold"));
        }
        if (origin != null && !origin.equals(checkpoint.origin())) {
            return fail(BreakKind.BAD_CHECKPOINT_SIGNATURE, what + " is for log '" + checkpoint.origin() + "', not '" + origin + "'");
        }
        out.println("OK " + what + ": tree size " + checkpoint.size() + ", root " + checkpoint.rootHex() + ", signed by " + by.name());
        if (SigningKeys.isDemo(by)) {
            out.println("WARNING " + what + " is signed with the PUBLIC DEMO key: it proves nothing");
        }
        return checkpoint;
    }

    void consistency(Checkpoint older, Checkpoint newer, JsonNode proof) {
        if (older.size() > newer.size()) {
            fail(BreakKind.LOG_ROLLED_BACK, "the checkpoint presented as newer (size " + newer.size()
                    + ") is smaller than the one you kept (size " + older.size() + "): the log was rolled back");
            return;
        }
        if (older.size() == newer.size()) {
            if (!java.util.Arrays.equals(older.root(), newer.root())) {
                fail(BreakKind.SPLIT_VIEW, "two signed checkpoints of tree size " + older.size()
                        + " have different roots: the log showed two different histories");
            } else {
                out.println("OK consistency: both checkpoints are the same tree of size " + older.size());
            }
            return;
        }
        if (older.size() == 0) {
            out.println("OK consistency: the empty tree is a prefix of every tree");
            return;
        }
        if (proof == null) {
            fail(BreakKind.CONSISTENCY_PROOF_INVALID, "no consistency proof given from size " + older.size() + " to " + newer.size());
            return;
        }
        if (proof.path("fromSize").asLong() != older.size() || proof.path("toSize").asLong() != newer.size()) {
            fail(BreakKind.CONSISTENCY_PROOF_INVALID, "the consistency proof is from size " + proof.path("fromSize").asLong()
                    + " to " + proof.path("toSize").asLong() + ", not from " + older.size() + " to " + newer.size());
            return;
        }
        if (!MerkleTree.verifyConsistency(older.size(), newer.size(), older.root(), newer.root(), hashes(proof.path("proof")))) {
            fail(BreakKind.CONSISTENCY_PROOF_INVALID, "the tree of size " + older.size()
                    + " you kept is not a prefix of the tree of size " + newer.size() + ": history was rewritten");
            return;
        }
        out.println("OK consistency: the tree of size " + older.size() + " is a prefix of the tree of size " + newer.size());
    }

    void inclusion(JsonNode proof, Checkpoint expected) {
        Checkpoint checkpoint = checkpoint("checkpoint of the inclusion proof", proof.path("checkpoint").asText());
        if (checkpoint == null) {
            return;
        }
        if (expected != null && expected.size() == checkpoint.size() && !java.util.Arrays.equals(expected.root(), checkpoint.root())) {
            fail(BreakKind.SPLIT_VIEW, "the inclusion proof's checkpoint and yours have size " + checkpoint.size() + " but different roots");
            return;
        }
        byte[] leaf = MerkleHash.leaf(proof.path("leafData").asText().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (!MerkleTree.verifyInclusion(proof.path("leafIndex").asLong(), checkpoint.size(), leaf, hashes(proof.path("path")), checkpoint.root())) {
            fail(BreakKind.INCLUSION_PROOF_INVALID, "event " + proof.path("eventId").asText() + " (leaf "
                    + proof.path("leafIndex").asLong() + ") is not in the tree of size " + checkpoint.size() + " as given");
            return;
        }
        out.println("OK inclusion: event " + proof.path("eventId").asText() + " is leaf " + proof.path("leafIndex").asLong()
                + " of the tree of size " + checkpoint.size());
    }

    void pack(JsonNode pack) throws IOException {
        int decisions = 0;
        for (JsonNode decision : pack.path("decisions")) {
            JsonNode proof = decision.path("proof");
            String reference = decision.path("reference").asText();
            if (proof.isMissingNode() || proof.isNull()) {
                fail(BreakKind.INCLUSION_PROOF_INVALID, "decision " + reference + " carries no proof");
                continue;
            }
            Checkpoint checkpoint = checkpoint("checkpoint of decision " + reference, proof.path("checkpoint").asText());
            if (checkpoint == null) {
                continue;
            }
            decisions++;
            for (JsonNode event : proof.path("events")) {
                LeafOpenings.Opening opening = JSON.treeToValue(event.path("leaf"), LeafOpenings.Opening.class);
                byte[] leaf = MerkleHash.leaf(LeafOpenings.leafData(opening));
                if (!MerkleTree.verifyInclusion(opening.leafIndex(), checkpoint.size(), leaf, hashes(event.path("inclusionPath")),
                        checkpoint.root())) {
                    fail(BreakKind.COMMITMENT_MISMATCH, "decision " + reference + ", event " + opening.header().eventId()
                            + " (" + opening.header().type() + "): the leaf recomputed from the released values and the "
                            + "withheld commitments is not in the signed tree: a value or a commitment was altered");
                    continue;
                }
                matchReleased(decision, opening, reference);
            }
        }
        out.println("OK pack: " + decisions + " decisions checked");
    }

    /** Fields the pack shows as they were recorded, by the event that records them. */
    private static final Map<String, List<String>> SHOWN = Map.of(
            "DecisionRecorded", List.of("reference", "title", "decisionMaker", "reportAuthor"),
            "DecisionMade", List.of("decidedBy", "reasons"));

    /**
     * The pack's own text against what the proof opens. The reference is the record's identity: a
     * difference fails. Other shown fields may differ lawfully when a correction (another record)
     * changed them since, so a difference there is a warning to look into.
     */
    private void matchReleased(JsonNode decision, LeafOpenings.Opening opening, String reference) throws IOException {
        String type = opening.header().type() == null ? "" : opening.header().type();
        List<String> shown = SHOWN.getOrDefault(type.substring(type.lastIndexOf('.') + 1), List.of());
        for (LeafOpenings.Field field : opening.fields()) {
            if (field.value() == null || !field.name().startsWith("payload.")) {
                continue;
            }
            String name = field.name().substring("payload.".length());
            JsonNode value = decision.path(name);
            if (!shown.contains(name) || value.isMissingNode() || value.isNull() || JSON.readTree(field.value()).equals(value)) {
                continue;
            }
            if (name.equals("reference")) {
                fail(BreakKind.COMMITMENT_MISMATCH, "decision " + reference + ": the pack shows reference " + value
                        + " but the proven record is " + field.value());
            } else {
                out.println("WARNING decision " + reference + ": the pack shows " + name + " " + value + " but the proven "
                        + "record says " + field.value() + " (a correction recorded since would explain it; check)");
            }
        }
    }

    private static List<byte[]> hashes(JsonNode array) {
        List<byte[]> hashes = new ArrayList<>();
        array.forEach(node -> hashes.add(HexFormat.of().parseHex(node.asText())));
        return hashes;
    }

    private Checkpoint fail(BreakKind kind, String reason) {
        failures++;
        out.println("FAIL " + kind + ": " + reason);
        return null;
    }
}
