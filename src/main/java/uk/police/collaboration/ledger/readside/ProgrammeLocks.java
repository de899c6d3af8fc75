package uk.police.collaboration.ledger.readside;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Set;
import java.util.TreeSet;

/**
 * Serialises the refresh of one programme's derived views across processor segments. The ledger
 * log's segments split events by record, so two records of one programme can be applied at once in
 * two transactions, each blind to the other's uncommitted events; whichever refreshes second would
 * otherwise be able to overwrite a fuller view with a poorer one. Holding a transaction-scoped
 * advisory lock per programme (taken in id order, so two batches cannot deadlock) makes the second
 * refresh wait for the first to commit, then read both.
 */
public final class ProgrammeLocks {

    private ProgrammeLocks() {
    }

    public static void lock(JdbcTemplate jdbc, Set<String> collaborationIds) {
        for (String id : new TreeSet<>(collaborationIds)) {
            jdbc.query("SELECT pg_advisory_xact_lock(hashtext('programme:' || ?))", rs -> null, id);
        }
    }
}
