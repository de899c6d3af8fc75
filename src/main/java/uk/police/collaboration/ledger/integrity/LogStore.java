package uk.police.collaboration.ledger.integrity;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/**
 * The stored Merkle log: leaves (log_leaf), complete subtrees (log_node), salts (field_salt).
 * Appending is {@link LogAppender}'s job; this reads and writes rows.
 */
@Repository
class LogStore {

    private final JdbcTemplate jdbc;

    LogStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long size() {
        Long highest = jdbc.queryForObject("SELECT max(leaf_index) FROM log_leaf", Long.class);
        return highest == null ? 0 : highest + 1;
    }

    /** The stored complete subtree, read by primary key. */
    MerkleTree.Nodes nodes() {
        return (level, index) -> {
            List<byte[]> hash = jdbc.query("SELECT hash FROM log_node WHERE level = ? AND node_index = ?",
                    (rs, n) -> rs.getBytes(1), level, index);
            if (hash.isEmpty()) {
                throw new IllegalStateException("the log has no node at level " + level + " index " + index
                        + ": the log_node table is incomplete");
            }
            return hash.get(0);
        };
    }

    void insertLeaf(long leafIndex, long globalIndex, String eventId, byte[] leafData) {
        jdbc.update("INSERT INTO log_leaf (leaf_index, global_index, event_id, leaf_data) VALUES (?, ?, ?, ?)",
                leafIndex, globalIndex, eventId, leafData);
    }

    void insertNode(int level, long index, byte[] hash) {
        jdbc.update("INSERT INTO log_node (level, node_index, hash) VALUES (?, ?, ?)", level, index, hash);
    }

    void insertSalts(long leafIndex, String saltsJson) {
        jdbc.update("INSERT INTO field_salt (leaf_index, salts) VALUES (?, ?::jsonb)", leafIndex, saltsJson);
    }

    Optional<Leaf> leafOfEvent(String eventId) {
        return jdbc.query("SELECT leaf_index, global_index, event_id, leaf_data FROM log_leaf WHERE event_id = ?",
                Leaf.ROW, eventId).stream().findFirst();
    }

    Optional<Leaf> leafAt(long leafIndex) {
        return jdbc.query("SELECT leaf_index, global_index, event_id, leaf_data FROM log_leaf WHERE leaf_index = ?",
                Leaf.ROW, leafIndex).stream().findFirst();
    }

    List<Leaf> leavesOfStream(String stream, long size) {
        return jdbc.query("SELECT l.leaf_index, l.global_index, l.event_id, l.leaf_data FROM log_leaf l "
                + "JOIN domainevententry d ON d.globalindex = l.global_index WHERE d.aggregateidentifier = ? "
                + "AND l.leaf_index < ? ORDER BY d.sequencenumber", Leaf.ROW, stream, size);
    }

    List<String> eventIdsOfCommand(String commandId) {
        return jdbc.query("SELECT unnest(event_ids) FROM command_log WHERE command_id = ?", (rs, n) -> rs.getString(1), commandId);
    }

    /** field name -> hex salt of a leaf (an erased field has none). */
    String saltsJson(long leafIndex) {
        List<String> salts = jdbc.query("SELECT salts::text FROM field_salt WHERE leaf_index = ?", (rs, n) -> rs.getString(1), leafIndex);
        return salts.isEmpty() ? "{}" : salts.get(0);
    }

    record Leaf(long leafIndex, long globalIndex, String eventId, byte[] data) {
        static final org.springframework.jdbc.core.RowMapper<Leaf> ROW = (rs, n) -> new Leaf(rs.getLong(1), rs.getLong(2),
                rs.getString(3), rs.getBytes(4));
    }
}
