package uk.police.collaboration.ledger.foi;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.police.collaboration.ledger.access.Clearance;
import uk.police.collaboration.ledger.foi.DecisionHistoryView.ReleasedDecisionView;
import uk.police.collaboration.ledger.foi.DecisionHistoryView.WithheldView;
import uk.police.collaboration.ledger.programme.ProgrammeView.DecisionView;
import uk.police.collaboration.ledger.readside.ReadRefused;
import uk.police.collaboration.ledger.shared.LedgerJson;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * FOI decision histories written row by row as they are read from the decisions register by a
 * cursor: the first bytes leave before the last row is read, and memory does not grow with the
 * number of decisions. The same release as {@link DecisionHistories#history} (published decisions,
 * redactions applied, Part Two never present, in the same order), so the JSON and CSV are the same
 * documents; a test holds them to that.
 */
@Service
public class DecisionHistoryStream {

    /** A history checked and ready to stream: the refusals (403, 400, 404) are answered before the first byte. */
    public record Prepared(String collaborationId, String programme, LocalDate from, LocalDate to) {
    }

    private static final int FETCH = 200;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final ObjectMapper mapper = LedgerJson.mapper();

    DecisionHistoryStream(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
    }

    public Prepared prepare(String collaborationId, LocalDate from, LocalDate to, Clearance clearance) {
        if (clearance == Clearance.PUBLIC) {
            throw new ReadRefused(403, "FOI_CLEARANCE_REQUIRED",
                    "Decision histories for release are prepared by FOI officers; published decisions are on /api/registers/decisions",
                    List.of());
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw ReadRefused.badParameter("from", "the period starts after it ends");
        }
        if (collaborationId == null) {
            return new Prepared(null, "All programmes", from, to);
        }
        List<String> titles = jdbc.queryForList("SELECT title FROM programme_state WHERE collaboration_id = ?", String.class,
                collaborationId);
        if (titles.isEmpty()) {
            throw ReadRefused.notFound("collaboration programme '" + collaborationId + "'");
        }
        return new Prepared(collaborationId, titles.get(0), from, to);
    }

    /** The history as JSON, the shape of {@link DecisionHistoryView}. */
    public void json(Prepared history, OutputStream out) throws IOException {
        List<WithheldView> withheld = new ArrayList<>();
        try (JsonGenerator json = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringField("title", DecisionHistories.TITLE);
            json.writeStringField("collaborationId", history.collaborationId());
            json.writeStringField("programme", history.programme());
            json.writeObjectField("from", history.from());
            json.writeObjectField("to", history.to());
            json.writeArrayFieldStart("decisions");
            released(history, decision -> {
                try {
                    mapper.writeValue(json, decision);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                withheld.addAll(decision.withheld());
            });
            json.writeEndArray();
            json.writeObjectField("withheld", withheld);
            json.writeEndObject();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The history as CSV: the header, then one line per decision. */
    public void csv(Prepared history, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(DecisionHistoryFormats.csvHeader());
        try {
            released(history, decision -> {
                try {
                    writer.write(DecisionHistoryFormats.csvRow(decision));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.flush();
    }

    /** Each released decision in the order of the in-memory history: decision date (undated last), reference, programme. */
    private void released(Prepared history, Consumer<ReleasedDecisionView> each) {
        StringBuilder sql = new StringBuilder("SELECT collaboration_id, programme_title, decision::text FROM register_decision "
                + "WHERE published");
        List<Object> args = new ArrayList<>();
        if (history.collaborationId() != null) {
            sql.append(" AND collaboration_id = ?");
            args.add(history.collaborationId());
        }
        if (history.from() != null) {
            sql.append(" AND decision_date >= ?");
            args.add(Date.valueOf(history.from()));
        }
        if (history.to() != null) {
            sql.append(" AND decision_date <= ?");
            args.add(Date.valueOf(history.to()));
        }
        sql.append(" ORDER BY decision_date NULLS LAST, reference COLLATE \"C\", programme_title, collaboration_id");
        readOnly.executeWithoutResult(status -> jdbc.query(connection -> {
            var statement = connection.prepareStatement(sql.toString());
            statement.setFetchSize(FETCH);
            for (int i = 0; i < args.size(); i++) {
                statement.setObject(i + 1, args.get(i));
            }
            return statement;
        }, row -> {
            try {
                DecisionView decision = mapper.readValue(row.getString(3), DecisionView.class);
                each.accept(DecisionHistories.release(row.getString(1), row.getString(2), decision));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
    }
}
