package uk.police.collaboration.ledger.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * The proof an FOI pack or a published decision carries for each released decision: every event
 * of the decision's record opened field by field (withheld passages, Part Two content and the
 * names of staff who keyed the record as bare commitments), each with its inclusion path, and the
 * signed checkpoint they lead to. The standalone verifier ({@code verify --keys … --pack …})
 * recomputes each leaf and checks it into the checkpoint, offline.
 */
@Service
public class ReleaseProofs {

    /** Fields never released: Part Two content, the text of a redaction, personal data of staff. */
    static final Set<String> NEVER_RELEASED = Set.of("payload.content", "payload.passage", "metadata.recordedBy",
            "metadata.originalAuthor");

    private final LogStore log;
    private final SealStore events;
    private final LeafOpenings openings;
    private final Checkpoints checkpoints;

    ReleaseProofs(LogStore log, SealStore events, LeafOpenings openings, Checkpoints checkpoints) {
        this.log = log;
        this.events = events;
        this.openings = openings;
        this.checkpoints = checkpoints;
    }

    /**
     * @param decisionReference the decision's record (its stream)
     * @param withheldPassages  redacted passages: any field whose text contains one is withheld
     */
    public DecisionProof prove(String decisionReference, List<String> withheldPassages) {
        return prove(decisionReference, withheldPassages, checkpoint());
    }

    /** The checkpoint to prove a release against; it may sign one, so take it outside a read-only transaction. */
    public Checkpoints.Signed checkpoint() {
        return checkpoints.latest();
    }

    /** As {@link #prove(String, List)}, against a checkpoint taken once for a whole release. */
    public DecisionProof prove(String decisionReference, List<String> withheldPassages, Checkpoints.Signed checkpoint) {
        MerkleTree tree = new MerkleTree(log.nodes());
        List<LogStore.Leaf> leaves = log.leavesOfStream(decisionReference, checkpoint.treeSize());
        // The record's own redaction passages too, whatever the caller knew: a passage is never released.
        List<String> passages = new java.util.ArrayList<>(withheldPassages);
        for (LogStore.Leaf leaf : leaves) {
            events.event(leaf.eventId()).map(e -> LeafData.fields(e).get("payload.passage")).ifPresent(json -> {
                try {
                    passages.add(LeafData.JSON.readTree(json).asText());
                } catch (IOException e) {
                    passages.add(json);
                }
            });
        }
        List<DecisionProof.EventProof> proven = leaves.stream()
                .map(leaf -> {
                    StoredEvent event = events.event(leaf.eventId()).orElseThrow();
                    LeafOpenings.Opening opening = openings.open(leaf, event,
                            (name, value) -> releasable(name, value, passages));
                    List<String> path = tree.inclusionProof(leaf.leafIndex(), checkpoint.treeSize()).stream()
                            .map(LogProofs::hex).toList();
                    return new DecisionProof.EventProof(opening, path);
                }).toList();
        return new DecisionProof(DecisionProof.FORMAT, checkpoint.treeSize(), checkpoint.note(), checkpoint.demoKey(),
                checkpoint.demoKey() ? "Signed with the PUBLIC DEMO key: this proof proves nothing" : null, proven);
    }

    static boolean releasable(String name, String valueJson, List<String> withheldPassages) {
        if (NEVER_RELEASED.contains(name)) {
            return false;
        }
        String text = valueJson;
        try {
            JsonNode node = LeafData.JSON.readTree(valueJson);
            text = node.isTextual() ? node.asText() : node.toString();
        } catch (IOException e) {
            // compare the raw text
        }
        for (String passage : withheldPassages) {
            if (passage != null && !passage.isBlank() && (text.contains(passage) || valueJson.contains(passage))) {
                return false;
            }
        }
        return true;
    }
}
