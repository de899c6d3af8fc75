package uk.police.collaboration.ledger.integrity;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Appends leaves to the Merkle log inside the caller's transaction. A transaction-scoped advisory
 * lock makes appends one at a time across every node on the database, so leaf indexes are dense
 * and in commit order; the lock is released when the appending transaction commits or rolls
 * back, so a rolled-back command leaves no leaf and no hole. Each appended leaf writes its own
 * node and every complete subtree it closes (on average two rows per leaf).
 */
@Component
class LogAppender {

    /** Arbitrary, fixed: the key of the advisory lock that serialises log appends. */
    static final long LOCK_KEY = 0x43504c4c4f47L; // "CPLLOG"

    private final JdbcTemplate jdbc;
    private final LogStore store;

    LogAppender(JdbcTemplate jdbc, LogStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    /** Takes the log's lock for the rest of the current transaction. */
    void lock() {
        jdbc.query("SELECT pg_advisory_xact_lock(?)", rs -> null, LOCK_KEY);
    }

    /**
     * Appends each entry as the next leaf; the caller holds {@link #lock()}. @return the first leaf index
     * <p>
     * Everything runs under the log's lock, so every round trip here is paid by every other writer
     * waiting for it: the stored left siblings the new subtrees need are read in one query, and the
     * leaves, salts and nodes are written in one statement, instead of a statement per row.
     */
    long append(List<Entry> entries) {
        long first = store.size();
        Map<Long, byte[]> stored = store.nodesAt(leftSiblingsNotIn(first, entries.size()));
        Map<Long, byte[]> written = new HashMap<>();
        List<LogStore.NodeRow> nodes = new ArrayList<>();
        long index = first;
        for (Entry entry : entries) {
            byte[] hash = MerkleHash.leaf(entry.leafData());
            nodes.add(new LogStore.NodeRow(0, index, hash));
            written.put(key(0, index), hash);
            int level = 0;
            long position = index;
            while ((position & 1) == 1) {
                long left = position - 1;
                byte[] leftHash = written.containsKey(key(level, left)) ? written.get(key(level, left)) : stored.get(key(level, left));
                if (leftHash == null) {
                    throw new IllegalStateException("the log has no node at level " + level + " index " + left
                            + ": the log_node table is incomplete");
                }
                hash = MerkleHash.node(leftHash, hash);
                level++;
                position >>= 1;
                nodes.add(new LogStore.NodeRow(level, position, hash));
                written.put(key(level, position), hash);
            }
            index++;
        }
        store.insertLeaves(first, entries, nodes);
        return first;
    }

    /** The (level, index) keys of the stored left siblings that appending {@code count} leaves at {@code first} combines with. */
    private static List<long[]> leftSiblingsNotIn(long first, int count) {
        Set<Long> appended = new HashSet<>();
        List<long[]> needed = new ArrayList<>();
        for (long index = first; index < first + count; index++) {
            appended.add(key(0, index));
            int level = 0;
            long position = index;
            while ((position & 1) == 1) {
                if (!appended.contains(key(level, position - 1))) {
                    needed.add(new long[]{level, position - 1});
                }
                level++;
                position >>= 1;
                appended.add(key(level, position));
            }
        }
        return needed;
    }

    static long key(int level, long index) {
        return (index << 6) | level;
    }

    record Entry(long globalIndex, String eventId, byte[] leafData, String saltsJson) {
    }
}
