package uk.police.collaboration.ledger.integrity;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /** Appends each entry as the next leaf; the caller holds {@link #lock()}. @return the first leaf index */
    long append(List<Entry> entries) {
        long first = store.size();
        Map<Long, byte[]> written = new HashMap<>();
        MerkleTree.Nodes stored = store.nodes();
        long index = first;
        for (Entry entry : entries) {
            store.insertLeaf(index, entry.globalIndex(), entry.eventId(), entry.leafData());
            store.insertSalts(index, entry.saltsJson());
            byte[] hash = MerkleHash.leaf(entry.leafData());
            store.insertNode(0, index, hash);
            written.put(key(0, index), hash);
            int level = 0;
            long position = index;
            while ((position & 1) == 1) {
                long left = position - 1;
                byte[] leftHash = written.get(key(level, left));
                if (leftHash == null) {
                    leftHash = stored.node(level, left);
                }
                hash = MerkleHash.node(leftHash, hash);
                level++;
                position >>= 1;
                store.insertNode(level, position, hash);
                written.put(key(level, position), hash);
            }
            index++;
        }
        return first;
    }

    private static long key(int level, long index) {
        return (index << 6) | level;
    }

    record Entry(long globalIndex, String eventId, byte[] leafData, String saltsJson) {
    }
}
