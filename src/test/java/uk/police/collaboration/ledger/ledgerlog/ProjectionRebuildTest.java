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

    @Test
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
