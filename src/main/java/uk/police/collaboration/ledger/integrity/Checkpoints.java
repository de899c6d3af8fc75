package uk.police.collaboration.ledger.integrity;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Optional;

/**
 * Signed checkpoints of the log. A checkpoint at a size is signed once per key and kept
 * (log_checkpoint); asking again answers the stored one, so the log never signs two roots for one
 * size. The root is computed from the stored complete subtrees (O(log n) reads).
 */
@Service
public class Checkpoints {

    private final JdbcTemplate jdbc;
    private final LogStore log;
    private final SigningKeys keys;

    Checkpoints(JdbcTemplate jdbc, LogStore log, SigningKeys keys) {
        this.jdbc = jdbc;
        this.log = log;
        this.keys = keys;
    }

    /** The checkpoint of the whole log as it is now. */
    public Signed latest() {
        return at(log.size()).orElseThrow();
    }

    /** The checkpoint at a tree size, or empty when the log is not that long. */
    public Optional<Signed> at(long size) {
        if (size < 0 || size > log.size()) {
            return Optional.empty();
        }
        String name = keys.current().name();
        Optional<Signed> stored = stored(size, name);
        if (stored.isPresent()) {
            return stored;
        }
        byte[] root = new MerkleTree(log.nodes()).root(size);
        String note = SignedNote.sign(new Checkpoint(keys.origin(), size, root).body(), List.of(keys.current()));
        jdbc.update("INSERT INTO log_checkpoint (tree_size, key_name, root_hash, note) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT DO NOTHING", size, name, root, note);
        return stored(size, name);
    }

    /** Every stored checkpoint, newest first. */
    public List<Signed> all(int limit) {
        return jdbc.query("SELECT tree_size, key_name, note, signed_at FROM log_checkpoint ORDER BY tree_size DESC, signed_at DESC LIMIT ?",
                (rs, n) -> signed(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, java.time.OffsetDateTime.class)), limit);
    }

    private Optional<Signed> stored(long size, String name) {
        return jdbc.query("SELECT tree_size, key_name, note, signed_at FROM log_checkpoint WHERE tree_size = ? AND key_name = ?",
                (rs, n) -> signed(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, java.time.OffsetDateTime.class)),
                size, name).stream().findFirst();
    }

    private Signed signed(long size, String keyName, String note, java.time.OffsetDateTime signedAt) {
        Checkpoint checkpoint = Checkpoint.parse(SignedNote.parse(note).text());
        return new Signed(size, checkpoint.rootHex(), keyName, note, signedAt.toInstant().toString(), SigningKeys.DEMO_NAME.equals(keyName));
    }

    public SigningKeys keys() {
        return keys;
    }

    /** A stored checkpoint; {@code demoKey} says it was signed with the public demo key and proves nothing. */
    public record Signed(long treeSize, String rootHash, String keyName, String note, String signedAt, boolean demoKey) {
    }
}
