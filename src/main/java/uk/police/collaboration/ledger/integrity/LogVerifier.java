package uk.police.collaboration.ledger.integrity;

import com.fasterxml.jackson.core.type.TypeReference;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import uk.police.collaboration.ledger.integrity.VerificationReport.Break;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The server-side checks of the transparency log, after the chain: every event sealed in its own
 * transaction and in the log; every leaf recomputed from its stored event and salts; the root
 * recomputed from the leaves (streamed, keeping only the O(log n) frontier) and compared with the
 * stored subtrees and with every stored checkpoint at its size; the command log cross-checked
 * against the events.
 */
@Service
class LogVerifier {

    private static final TypeReference<Map<String, String>> SALTS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final LogStore log;
    private final int pageSize;

    LogVerifier(JdbcTemplate jdbc, LogStore log) {
        this.jdbc = jdbc;
        this.log = log;
        this.pageSize = 500;
    }

    record Result(long treeSize, byte[] root, Break broken, long erasedFields) {
    }

    Result verify() {
        Break broken = sealedInTheirTransaction();
        if (broken == null) {
            broken = commandLog();
        }
        if (broken != null) {
            return new Result(log.size(), null, broken, 0);
        }
        return walkLeaves();
    }

    /** Every event after the asynchronous epoch: a seal and a leaf written by the event's own transaction. */
    private Break sealedInTheirTransaction() {
        List<Break> found = jdbc.query("SELECT d.globalindex, d.aggregateidentifier, d.sequencenumber, d.eventidentifier, "
                + "d.appended_txid, s.sealed_txid, l.leaf_index, l.logged_txid FROM domainevententry d "
                + "LEFT JOIN event_seal s ON s.global_index = d.globalindex LEFT JOIN log_leaf l ON l.global_index = d.globalindex "
                // Only rows 1 .. epoch (the identity starts at 1) may predate sealing in the transaction.
                + "WHERE NOT (d.globalindex >= 1 AND d.globalindex <= (SELECT asynchronous_through FROM sealing_epoch)) AND (l.leaf_index IS NULL "
                + "OR d.appended_txid IS NULL OR s.sealed_txid IS DISTINCT FROM d.appended_txid "
                + "OR l.logged_txid IS DISTINCT FROM d.appended_txid) ORDER BY d.globalindex LIMIT 1", (rs, n) -> {
            long index = rs.getLong(1);
            String stream = rs.getString(2);
            long sequence = rs.getLong(3);
            String eventId = rs.getString(4);
            if (rs.getObject(7) == null) {
                return new Break(BreakKind.NOT_IN_LOG, stream, sequence, eventId, index,
                        "this event has no leaf in the transparency log: it was not appended through the ledger");
            }
            return new Break(BreakKind.OUT_OF_TRANSACTION, stream, sequence, eventId, index,
                    "the event was written by transaction " + rs.getObject(5) + ", its seal by " + rs.getObject(6)
                            + " and its log leaf by " + rs.getObject(8) + ": they must be one transaction");
        });
        return found.isEmpty() ? null : found.get(0);
    }

    /** Each event's command lists it; each event a command lists exists. */
    private Break commandLog() {
        List<Break> found = jdbc.query("SELECT d.globalindex, d.aggregateidentifier, d.sequencenumber, d.eventidentifier, m.command_id "
                + "FROM domainevententry d CROSS JOIN LATERAL (SELECT convert_from(d.metadata, 'UTF8')::jsonb ->> 'commandId' AS command_id) m "
                + "LEFT JOIN command_log c ON c.command_id = m.command_id "
                + "WHERE m.command_id IS NOT NULL AND (c.command_id IS NULL OR NOT (d.eventidentifier = ANY (c.event_ids))) "
                + "ORDER BY d.globalindex LIMIT 1", (rs, n) -> new Break(BreakKind.COMMAND_LOG_MISMATCH, rs.getString(2),
                rs.getLong(3), rs.getString(4), rs.getLong(1), "the event cites command " + rs.getString(5)
                + " but that command's entry in the command log does not list it"));
        if (!found.isEmpty()) {
            return found.get(0);
        }
        found = jdbc.query("SELECT c.command_id, e.id FROM command_log c CROSS JOIN LATERAL unnest(c.event_ids) AS e(id) "
                + "WHERE NOT EXISTS (SELECT 1 FROM domainevententry d WHERE d.eventidentifier = e.id) "
                + "ORDER BY c.recorded_at LIMIT 1", (rs, n) -> new Break(BreakKind.COMMAND_LOG_MISMATCH, null, null,
                rs.getString(2), null, "command " + rs.getString(1) + " recorded event " + rs.getString(2)
                + " but the event table has no such event"));
        return found.isEmpty() ? null : found.get(0);
    }

    private Result walkLeaves() {
        long size = log.size();
        Map<Long, byte[]> checkpointRoots = new TreeMap<>();
        jdbc.query("SELECT tree_size, root_hash, key_name FROM log_checkpoint", rs -> {
            byte[] root = rs.getBytes(2);
            byte[] other = checkpointRoots.putIfAbsent(rs.getLong(1), root);
            if (other != null && !Arrays.equals(other, root)) {
                checkpointRoots.put(-rs.getLong(1) - 1, root); // two roots for one size: reported below
            }
        });
        Frontier frontier = new Frontier();
        long erased = 0;
        long after = -1;
        while (true) {
            List<Row> rows = page(after);
            if (rows.isEmpty()) {
                break;
            }
            for (Row row : rows) {
                if (row.leafIndex() != frontier.size) {
                    return broken(size, new Break(BreakKind.LOG_GAP, null, null, row.leafId(), row.globalIndex(),
                            "the log jumps from leaf " + (frontier.size - 1) + " to leaf " + row.leafIndex()));
                }
                if (row.event() == null) {
                    return broken(size, new Break(BreakKind.LOG_GAP, null, null, row.leafId(), row.globalIndex(),
                            "leaf " + row.leafIndex() + " is for event " + row.leafId() + ", which is no longer in the event table"));
                }
                Map<String, String> stored = LeafData.commitments(row.leafData());
                Map<String, String> salts = salts(row.saltsJson());
                byte[] expected = LeafData.recompute(row.event(), salts, stored);
                if (!Arrays.equals(expected, row.leafData())) {
                    return broken(size, new Break(BreakKind.LEAF_MISMATCH, row.event().stream(), row.event().sequence(),
                            row.event().eventId(), row.globalIndex(), "leaf " + row.leafIndex() + " no longer matches its event: "
                            + difference(LeafData.commitments(expected), stored, row.leafData(), expected)));
                }
                erased += stored.keySet().stream().filter(name -> !salts.containsKey(name)).count();
                frontier.add(MerkleHash.leaf(row.leafData()));
                byte[] checkpoint = checkpointRoots.get(frontier.size);
                if (checkpoint != null && !Arrays.equals(checkpoint, frontier.root())) {
                    return broken(size, new Break(BreakKind.CHECKPOINT_MISMATCH, null, null, null, null,
                            "the checkpoint signed at tree size " + frontier.size + " has root " + LogProofs.hex(checkpoint)
                                    + " but the log's first " + frontier.size + " leaves give " + LogProofs.hex(frontier.root())));
                }
                after = row.leafIndex();
            }
        }
        byte[] root = frontier.root();
        for (Map.Entry<Long, byte[]> checkpoint : checkpointRoots.entrySet()) {
            if (checkpoint.getKey() < 0) {
                return broken(size, new Break(BreakKind.SPLIT_VIEW, null, null, null, null,
                        "two checkpoints were signed for tree size " + (-checkpoint.getKey() - 1) + " with different roots"));
            }
            if (checkpoint.getKey() > frontier.size) {
                return broken(size, new Break(BreakKind.LOG_ROLLED_BACK, null, null, null, null, "a checkpoint was signed "
                        + "at tree size " + checkpoint.getKey() + " but the log now has " + frontier.size + " leaves"));
            }
        }
        if (frontier.size > 0 && !Arrays.equals(new MerkleTree(log.nodes()).root(frontier.size), root)) {
            return broken(size, new Break(BreakKind.LOG_NODES_ALTERED, null, null, null, null,
                    "the stored subtree hashes give another root than the " + frontier.size + " leaves"));
        }
        return new Result(frontier.size, root, null, erased);
    }

    private Result broken(long size, Break broken) {
        return new Result(size, null, broken, 0);
    }

    private static String difference(Map<String, String> expected, Map<String, String> stored, byte[] storedLeaf, byte[] expectedLeaf) {
        List<String> changed = new ArrayList<>();
        for (String name : expected.keySet()) {
            if (!expected.get(name).equals(stored.get(name))) {
                changed.add(stored.containsKey(name) ? "field " + name + " changed" : "field " + name + " added");
            }
        }
        stored.keySet().stream().filter(name -> !expected.containsKey(name)).forEach(name -> changed.add("field " + name + " removed"));
        if (changed.isEmpty()) {
            return "its header (event, stream, sequence, type, revision or timestamp) differs";
        }
        return String.join(", ", changed);
    }

    private Map<String, String> salts(String json) {
        try {
            return LeafData.JSON.readValue(json, SALTS);
        } catch (IOException e) {
            return Map.of();
        }
    }

    private List<Row> page(long afterLeaf) {
        return jdbc.query("SELECT l.leaf_index, l.global_index, l.event_id, l.leaf_data, coalesce(f.salts::text, '{}'), "
                        + "d.globalindex, d.aggregateidentifier, d.sequencenumber, d.eventidentifier, d.payloadtype, "
                        + "d.payloadrevision, d.payload, d.metadata, d.timestamp FROM log_leaf l "
                        + "LEFT JOIN field_salt f ON f.leaf_index = l.leaf_index "
                        + "LEFT JOIN domainevententry d ON d.globalindex = l.global_index AND d.eventidentifier = l.event_id "
                        + "WHERE l.leaf_index > ? ORDER BY l.leaf_index LIMIT ?",
                (rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBytes(4), rs.getString(5),
                        rs.getObject(6) == null ? null : new StoredEvent(rs.getLong(6), rs.getString(7), rs.getLong(8),
                                rs.getString(9), rs.getString(10), rs.getString(11), rs.getBytes(12), rs.getBytes(13), rs.getString(14))),
                afterLeaf, pageSize);
    }

    private record Row(long leafIndex, long globalIndex, String leafId, byte[] leafData, String saltsJson, StoredEvent event) {
    }

    /** The right edge of the tree being rebuilt: one complete subtree per set bit of its size. */
    static final class Frontier {
        private final Deque<byte[]> hashes = new ArrayDeque<>();
        private final Deque<Integer> levels = new ArrayDeque<>();
        long size;

        void add(byte[] leafHash) {
            byte[] hash = leafHash;
            int level = 0;
            while (!levels.isEmpty() && levels.peekLast() == level) {
                hash = MerkleHash.node(hashes.removeLast(), hash);
                levels.removeLast();
                level++;
            }
            hashes.addLast(hash);
            levels.addLast(level);
            size++;
        }

        byte[] root() {
            if (hashes.isEmpty()) {
                return MerkleHash.empty();
            }
            var it = hashes.descendingIterator();
            byte[] root = it.next();
            while (it.hasNext()) {
                root = MerkleHash.node(it.next(), root);
            }
            return root;
        }
    }
}
