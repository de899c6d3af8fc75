package uk.police.collaboration.ledger.integrity;

import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** Inclusion and consistency proofs from the stored log, each with the checkpoint it is against. */
@Service
public class LogProofs {

    private final LogStore log;
    private final Checkpoints checkpoints;

    LogProofs(LogStore log, Checkpoints checkpoints) {
        this.log = log;
        this.checkpoints = checkpoints;
    }

    long size() {
        return log.size();
    }

    /** The proof that an event's leaf is in the tree of this size (default: the whole log now). */
    public Optional<InclusionProof> inclusion(String eventId, Long treeSize) {
        long size = treeSize == null ? log.size() : treeSize;
        return log.leafOfEvent(eventId).filter(leaf -> leaf.leafIndex() < size)
                .flatMap(leaf -> checkpoints.at(size).map(checkpoint -> proof(leaf, size, checkpoint)));
    }

    /** Proofs of every event a command recorded (from the command log). */
    public List<InclusionProof> inclusionOfCommand(String commandId, Long treeSize) {
        return log.eventIdsOfCommand(commandId).stream().map(id -> inclusion(id, treeSize)).flatMap(Optional::stream).toList();
    }

    public Optional<ConsistencyProof> consistency(long from, long to) {
        if (from <= 0 || from > to || to > log.size()) {
            return Optional.empty();
        }
        List<String> proof = new MerkleTree(log.nodes()).consistencyProof(from, to).stream().map(LogProofs::hex).toList();
        return Optional.of(new ConsistencyProof(from, to, proof, checkpoints.at(from).orElseThrow().note(),
                checkpoints.at(to).orElseThrow().note()));
    }

    private InclusionProof proof(LogStore.Leaf leaf, long size, Checkpoints.Signed checkpoint) {
        List<String> path = new MerkleTree(log.nodes()).inclusionProof(leaf.leafIndex(), size).stream().map(LogProofs::hex).toList();
        return new InclusionProof(leaf.eventId(), leaf.leafIndex(), size, new String(leaf.data(), StandardCharsets.UTF_8),
                hex(MerkleHash.leaf(leaf.data())), path, checkpoint.note());
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    /**
     * @param leafData the exact leaf text hashed (commitments only, no field value)
     * @param path     RFC 9162 inclusion path, hex, leaf end first
     */
    public record InclusionProof(String eventId, long leafIndex, long treeSize, String leafData, String leafHash,
                                 List<String> path, String checkpoint) {
    }

    public record ConsistencyProof(long fromSize, long toSize, List<String> proof, String fromCheckpoint, String toCheckpoint) {
    }
}
