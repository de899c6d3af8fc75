package uk.police.collaboration.ledger.ledgerlog;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import uk.police.collaboration.ledger.support.LedgerIntegrationTest;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Resetting the read side and replaying every event gives the same rows. In a ledger of its own
 * (a property no other test sets gives it its own application context and database): the shared
 * context also serves the tampering tests, whose deliberately forged and deleted rows are findings
 * for the verifier, not facts a rebuild should reproduce, and made this comparison depend on the
 * order the test classes ran in.
 */
@LedgerIntegrationTest
@TestPropertySource(properties = "ledger.test.own-ledger=projection-rebuild")
// The forged row is removed afterwards, but views folded over it stay until the next rebuild: so the
// identical-rows comparison runs first.
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class ProjectionRebuildTest {

    /** Every table the ledger-log processor fills, with a stable order for comparison. */
    static final List<String> VIEWS = List.of(
            "SELECT global_index, event_id, record_id, event_type, collaboration_id, effective_on, recorded_at, "
                    + "recorded_by, source_reference, payload::text FROM ledger_event ORDER BY global_index",
            "SELECT collaboration_id, title, view::text, last_global_index, last_event_id FROM programme_state ORDER BY 1",
            "SELECT * FROM register_agreement ORDER BY collaboration_id, agreement_id",
            "SELECT * FROM register_decision ORDER BY collaboration_id, reference",
            "SELECT * FROM register_funding ORDER BY collaboration_id, financial_year, kind, party_id NULLS FIRST, record_id");

    @Autowired
    ProjectionReplay replay;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    io.zonky.test.db.postgres.embedded.EmbeddedPostgres postgres;

    @Test
    @org.junit.jupiter.api.Order(1)
    void replayingFromTheFirstEventRebuildsIdenticalRows() throws InterruptedException {
        long events = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
        assertThat(events).as("the seed journals are loaded").isGreaterThan(100);
        awaitCaughtUp();
        List<List<Map<String, Object>>> before = snapshot();

        replay.replay();
        awaitCaughtUp();

        assertThat(snapshot()).isEqualTo(before);
        assertThat(replay.status().running()).isTrue();
    }

    @Test
    @org.junit.jupiter.api.Order(2)
    void aRebuildOverAForgedUnsealedRowNamesItsPosition() throws Exception {
        awaitCaughtUp();
        // A forger's plain INSERT at the end of a stream, as the superuser, with no seal: what LedgerTamperingTest
        // shows the verifier names UNSEALED_EVENT. The rebuild must not fold it as if it were genuine, unremarked.
        // A copy of a risk's mitigation (one more mitigation folds as any would), at the end of its risk's stream.
        Map<String, Object> last = jdbc.queryForMap("SELECT d.aggregateidentifier, (SELECT max(e.sequencenumber) FROM domainevententry e "
                + "WHERE e.aggregateidentifier = d.aggregateidentifier) AS sequencenumber, d.type, d.metadata, d.payload, "
                + "d.payloadrevision, d.payloadtype FROM domainevententry d WHERE d.payloadtype LIKE '%RiskMitigated' "
                + "ORDER BY d.globalindex DESC LIMIT 1");
        String forgedId = java.util.UUID.randomUUID().toString();
        long forged;
        try (java.sql.Connection superuser = postgres.getPostgresDatabase().getConnection();
             java.sql.Statement replica = superuser.createStatement();
             java.sql.PreparedStatement insert = superuser.prepareStatement("INSERT INTO domainevententry (aggregateidentifier, "
                     + "sequencenumber, type, eventidentifier, metadata, payload, payloadrevision, payloadtype, timestamp) "
                     + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING globalindex")) {
            replica.execute("SET session_replication_role = replica");
            insert.setString(1, (String) last.get("aggregateidentifier"));
            insert.setLong(2, ((Number) last.get("sequencenumber")).longValue() + 1);
            insert.setString(3, (String) last.get("type"));
            insert.setString(4, forgedId);
            insert.setBytes(5, (byte[]) last.get("metadata"));
            insert.setBytes(6, (byte[]) last.get("payload"));
            insert.setString(7, (String) last.get("payloadrevision"));
            insert.setString(8, (String) last.get("payloadtype"));
            insert.setString(9, Instant.now().toString());
            try (java.sql.ResultSet row = insert.executeQuery()) {
                row.next();
                forged = row.getLong(1);
            }
        }
        try {
            awaitCaughtUp();
            assertThat(replay.status().unsealedEvents()).as("before any rebuild on this node, none reported").isZero();

            ProjectionReplay.ReplayStatus started = replay.replay();
            assertThat(started.unsealedEvents()).as("the rebuild counts the unsealed row").isEqualTo(1);
            assertThat(started.unsealedPositions()).containsExactly(forged);
            awaitCaughtUp();
            assertThat(replay.status().unsealedPositions()).as("and keeps saying so while it runs and after").containsExactly(forged);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM ledger_event WHERE event_id = ?", Long.class, forgedId))
                    .as("folded, as the store holds it (decided in ProjectionReplay)").isEqualTo(1);
        } finally {
            try (java.sql.Connection superuser = postgres.getPostgresDatabase().getConnection();
                 java.sql.Statement statement = superuser.createStatement()) {
                statement.execute("SET session_replication_role = replica");
                statement.execute("DELETE FROM ledger_event WHERE event_id = '" + forgedId + "'");
                statement.execute("DELETE FROM domainevententry WHERE eventidentifier = '" + forgedId + "'");
            }
        }
    }

    private List<List<Map<String, Object>>> snapshot() {
        return VIEWS.stream().map(jdbc::queryForList).toList();
    }

    private void awaitCaughtUp() throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        long head = jdbc.queryForObject("SELECT max(globalindex) FROM domainevententry", Long.class);
        while (true) {
            long viewsBehind = jdbc.queryForObject("SELECT count(*) FROM programme_state s WHERE s.last_global_index < "
                    + "(SELECT max(l.global_index) FROM ledger_event l WHERE l.collaboration_id = s.collaboration_id)", Long.class);
            Long reached = jdbc.queryForObject("SELECT max(global_index) FROM ledger_event", Long.class);
            long logged = jdbc.queryForObject("SELECT count(*) FROM ledger_event", Long.class);
            long stored = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
            if (reached != null && reached >= head && logged == stored && viewsBehind == 0) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("read side did not catch up: " + replay.status());
            }
            Thread.sleep(200);
        }
    }
}
