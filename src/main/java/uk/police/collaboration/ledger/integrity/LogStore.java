package uk.police.collaboration.ledger.integrity;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** The stored nodes at these (level, index) keys, by {@link LogAppender#key}: one query. */
    Map<Long, byte[]> nodesAt(List<long[]> keys) {
        Map<Long, byte[]> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        jdbc.query(connection -> {
            var statement = connection.prepareStatement("SELECT n.level, n.node_index, n.hash FROM log_node n "
                    + "JOIN unnest(?::int[], ?::bigint[]) AS k(level, node_index) USING (level, node_index)");
            statement.setArray(1, connection.createArrayOf("int4", keys.stream().map(k -> (int) k[0]).toArray()));
            statement.setArray(2, connection.createArrayOf("int8", keys.stream().map(k -> k[1]).toArray()));
            return statement;
        }, rs -> {
            found.put(LogAppender.key(rs.getInt(1), rs.getLong(2)), rs.getBytes(3));
        });
        return found;
    }

    /** One stored node of the tree. */
    record NodeRow(int level, long index, byte[] hash) {
    }

    /**
     * The leaves from {@code first} on, their salts and the nodes they complete, in one statement
     * (one round trip under the log's lock, however many rows).
     */
    void insertLeaves(long first, List<LogAppender.Entry> entries, List<NodeRow> nodes) {
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("WITH leaves AS ("
                    + "INSERT INTO log_leaf (leaf_index, global_index, event_id, leaf_data) "
                    + "SELECT * FROM unnest(?::bigint[], ?::bigint[], ?::varchar[], ?::bytea[])), "
                    + "salts AS (INSERT INTO field_salt (leaf_index, salts) "
                    + "SELECT i, s::jsonb FROM unnest(?::bigint[], ?::text[]) AS t(i, s)) "
                    + "INSERT INTO log_node (level, node_index, hash) SELECT * FROM unnest(?::int[], ?::bigint[], ?::bytea[])");
            Object[] leafIndexes = new Object[entries.size()];
            for (int i = 0; i < leafIndexes.length; i++) {
                leafIndexes[i] = first + i;
            }
            statement.setArray(1, connection.createArrayOf("int8", leafIndexes));
            statement.setArray(2, connection.createArrayOf("int8", entries.stream().map(LogAppender.Entry::globalIndex).toArray()));
            statement.setArray(3, connection.createArrayOf("varchar", entries.stream().map(LogAppender.Entry::eventId).toArray()));
            statement.setArray(4, connection.createArrayOf("bytea", entries.stream().map(LogAppender.Entry::leafData).toArray(byte[][]::new)));
            statement.setArray(5, connection.createArrayOf("int8", leafIndexes));
            statement.setArray(6, connection.createArrayOf("text", entries.stream().map(LogAppender.Entry::saltsJson).toArray()));
            statement.setArray(7, connection.createArrayOf("int4", nodes.stream().map(NodeRow::level).toArray()));
            statement.setArray(8, connection.createArrayOf("int8", nodes.stream().map(NodeRow::index).toArray()));
            statement.setArray(9, connection.createArrayOf("bytea", nodes.stream().map(NodeRow::hash).toArray(byte[][]::new)));
            return statement;
        });
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
