package uk.police.collaboration.ledger.programme;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import uk.police.collaboration.ledger.shared.LedgerJson;

import java.util.List;
import java.util.Optional;

/** The programme_state table: each programme's current view, whole (trimmed per reader on the way out). */
@Repository
public class ProgrammeStates {

    private final JdbcTemplate jdbc;

    ProgrammeStates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void save(ProgrammeView view, long lastGlobalIndex, String lastEventId) {
        jdbc.update("INSERT INTO programme_state (collaboration_id, title, view, last_global_index, last_event_id) "
                        + "VALUES (?, ?, ?::jsonb, ?, ?) ON CONFLICT (collaboration_id) DO UPDATE SET title = EXCLUDED.title, "
                        + "view = EXCLUDED.view, last_global_index = EXCLUDED.last_global_index, last_event_id = EXCLUDED.last_event_id",
                view.collaborationId(), view.title(), write(view), lastGlobalIndex, lastEventId);
    }

    void clear() {
        jdbc.update("DELETE FROM programme_state");
    }

    public Optional<ProgrammeView> find(String collaborationId) {
        return jdbc.query("SELECT view FROM programme_state WHERE collaboration_id = ?",
                (rs, n) -> read(rs.getString(1)), collaborationId).stream().findFirst();
    }

    /** Every programme's current view, by title. */
    public List<ProgrammeView> all() {
        return jdbc.query("SELECT view FROM programme_state ORDER BY title, collaboration_id", (rs, n) -> read(rs.getString(1)));
    }

    private static String write(ProgrammeView view) {
        try {
            return LedgerJson.mapper().writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a programme view could not be written as JSON", e);
        }
    }

    static ProgrammeView read(String json) {
        try {
            return LedgerJson.mapper().readValue(json, ProgrammeView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("programme_state holds a view that cannot be read; replay the ledger-log processor", e);
        }
    }
}
