package uk.police.collaboration.ledger.benchmark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.police.collaboration.ledger.intake.CommandEnvelope;
import uk.police.collaboration.ledger.intake.CommandIntake;
import uk.police.collaboration.ledger.shared.LedgerJson;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;

/**
 * The benchmark's data. Programmes and a template of each kind of record go through the ledger's
 * own door; large volumes are then copied from a template in SQL (new event ids, record ids and
 * effective dates), which is how a 10k-event programme or millions of stored events are made in
 * seconds rather than hours. Copies are real events: the processors read them like any other.
 */
final class Fixtures {

    static final String TEMPLATE_DATE = "2018-03-22";

    private final CommandIntake intake;
    private final JdbcTemplate jdbc;
    private final DataSource dataSource;

    Fixtures(CommandIntake intake, JdbcTemplate jdbc, DataSource dataSource) {
        this.intake = intake;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    void registerProgramme(String id) {
        submit("RegisterCollaboration", "cmd-register-" + id, "2017-01-01", "{\"collaborationId\":\"" + id + "\","
                + "\"title\":\"Benchmark " + id + "\",\"scope\":\"s\",\"parties\":[{\"partyId\":\"a\",\"name\":\"A\","
                + "\"kind\":\"FORCE\",\"corporationSole\":true}],\"leadPartyId\":null,\"leadOfficer\":null}");
    }

    void raiseRisk(String programme, String riskId) {
        submit("RaiseRisk", "cmd-" + riskId, TEMPLATE_DATE, riskPayload(programme, riskId));
    }

    static String riskPayload(String programme, String riskId) {
        return "{\"riskId\":\"" + riskId + "\",\"collaborationId\":\"" + programme + "\",\"label\":\"a\","
                + "\"description\":\"No proven metrics or feedback on the national solution; no force uses it yet\","
                + "\"likelihood\":\"Medium\",\"impact\":\"High\",\"owner\":\"Head of Public Affairs\"}";
    }

    void mitigateRisk(String riskId, String commandId) {
        submit("MitigateRisk", commandId, TEMPLATE_DATE, "{\"riskId\":\"" + riskId + "\",\"mitigation\":\"Hosting costs to be confirmed\"}");
    }

    /** A decision recorded, made, cleared for publication and published: what an FOI history releases. */
    void publishedDecision(String programme, String reference) {
        submit("RecordDecision", "cmd-" + reference + "-record", TEMPLATE_DATE, "{\"reference\":\"" + reference + "\","
                + "\"collaborationId\":\"" + programme + "\",\"title\":\"Contact Management Change Project\","
                + "\"decisionMaker\":\"Police, Fire and Crime Commissioner for Essex\",\"reportAuthor\":\"Ch Insp Ed Wells\","
                + "\"reportDate\":\"" + TEMPLATE_DATE + "\",\"recommendations\":[\"Agree to move towards the target operating model\"],"
                + "\"expenditure\":\"188000.00\",\"flaggedSignificant\":false,\"significanceReason\":null,\"optionIds\":[],"
                + "\"agreementIds\":[],\"fundingRequestIds\":[]}");
        submit("MakeDecision", "cmd-" + reference + "-decision", TEMPLATE_DATE, "{\"reference\":\"" + reference + "\","
                + "\"outcome\":\"AGREED\",\"decidedBy\":\"R.C. Hirst\",\"reasons\":\"I agree the recommendations to this report\"}");
        submit("DecidePublication", "cmd-" + reference + "-publication", TEMPLATE_DATE, "{\"reference\":\"" + reference + "\","
                + "\"forPublication\":true,\"reason\":null}");
        submit("PublishDecision", "cmd-" + reference + "-publish", TEMPLATE_DATE, "{\"reference\":\"" + reference + "\","
                + "\"url\":\"https://www.example.org/decisions/" + reference + "\"}");
    }

    void submit(String command, String commandId, String effectiveOn, String payload) {
        try {
            intake.submit(new CommandEnvelope(command, commandId, effectiveOn,
                    new CommandEnvelope.SourceReference("D09-2018", "5", "Benchmark", null),
                    (ObjectNode) LedgerJson.mapper().readTree(payload), null), "benchmark");
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Copies every event of record {@code template} {@code copies} times as records
     * {@code prefix + n}: the template id is replaced wherever it occurs (record id, payload,
     * command id), and copy n is effective {@code n % spreadDays} days after 2018-01-01.
     */
    void copyRecord(String template, String prefix, long first, long last, int spreadDays) {
        String sql = "INSERT INTO domainevententry (eventidentifier, aggregateidentifier, sequencenumber, type, timestamp, "
                + "payloadtype, payloadrevision, payload, metadata) "
                + "SELECT gen_random_uuid()::text, replace(t.aggregateidentifier, ?, ? || g), t.sequencenumber, t.type, t.timestamp, "
                + "t.payloadtype, t.payloadrevision, convert_to(replace(convert_from(t.payload, 'UTF8'), ?, ? || g), 'UTF8'), "
                + "convert_to(replace(replace(convert_from(t.metadata, 'UTF8'), ?, ? || g), '" + TEMPLATE_DATE + "', "
                + "(date '2018-01-01' + (g % ?)::int)::text), 'UTF8') "
                + "FROM domainevententry t CROSS JOIN generate_series(?::bigint, ?::bigint) g "
                + "WHERE t.aggregateidentifier = ? ORDER BY g, t.sequencenumber";
        withoutTimeout(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                int i = 1;
                for (int k = 0; k < 3; k++) {
                    insert.setString(i++, template);
                    insert.setString(i++, prefix);
                }
                insert.setInt(i++, spreadDays);
                insert.setLong(i++, first);
                insert.setLong(i++, last);
                insert.setString(i, template);
                insert.executeUpdate();
            }
        });
    }

    /**
     * S7's stored volume, written straight into the event store and the ledger log while the
     * processors are stopped: event rows of the template event's shape (the same payload and
     * metadata), ledger-log rows in 1000 filler programmes with an empty payload (S4 reads only its
     * own programme's rows; what grows with the volume is the indexes, which these rows fill alike).
     * Written without waiting for the disk: it is set-up, not a measured figure.
     */
    void fillStore(String templateRecord, long rows) {
        String templateEvent = jdbc.queryForObject("SELECT eventidentifier FROM domainevententry WHERE aggregateidentifier = ? "
                + "AND sequencenumber = 0", String.class, templateRecord);
        long chunk = 250_000;
        for (long done = 0; done < rows; done += chunk) {
            long size = Math.min(chunk, rows - done);
            long from = jdbc.queryForObject("SELECT coalesce(max(globalindex), 0) FROM domainevententry", Long.class);
            withoutTimeout(connection -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET synchronous_commit = off");
                    statement.executeUpdate("INSERT INTO domainevententry (eventidentifier, aggregateidentifier, sequencenumber, type, "
                            + "timestamp, payloadtype, payloadrevision, payload, metadata) "
                            + "SELECT gen_random_uuid()::text, 'filler-' || (" + from + " + g), 0, t.type, t.timestamp, t.payloadtype, "
                            + "t.payloadrevision, t.payload, t.metadata FROM domainevententry t CROSS JOIN generate_series(1, " + size + ") g "
                            + "WHERE t.eventidentifier = '" + templateEvent + "'");
                    statement.executeUpdate("INSERT INTO ledger_event (" + LEDGER_COLUMNS + ", applied_by) "
                            + "SELECT d.globalindex, d.eventidentifier, d.aggregateidentifier, 0, t.record_type, t.event_type, "
                            + "'filler-programme-' || (d.globalindex % 1000), t.effective_on, t.effective_text, t.recorded_at, "
                            + "t.recorded_by, t.original_author, t.command_id, t.source_reference, t.source_section, t.source_title, "
                            + "t.source_url, '{}'::jsonb, 'benchmark-filler' FROM domainevententry d, ledger_event t "
                            + "WHERE t.event_id = '" + templateEvent + "' AND d.globalindex > " + from
                            + " AND d.aggregateidentifier LIKE 'filler-%'");
                    statement.execute("SET synchronous_commit = on");
                }
            });
        }
        jdbc.execute("ANALYZE domainevententry");
        jdbc.execute("ANALYZE ledger_event");
    }

    private static final String LEDGER_COLUMNS = "global_index, event_id, record_id, record_sequence, record_type, event_type, "
            + "collaboration_id, effective_on, effective_text, recorded_at, recorded_by, original_author, command_id, "
            + "source_reference, source_section, source_title, source_url, payload";

    interface SqlWork {
        void on(Connection connection) throws Exception;
    }

    /** Bulk statements run longer than the application's 15 s statement time-out allows. */
    void withoutTimeout(SqlWork work) {
        try (Connection connection = dataSource.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET statement_timeout = 0");
            }
            // And the driver's socket time-out (20 s, so that a dead database is noticed): a fill statement may run minutes.
            int socketTimeout = connection.getNetworkTimeout();
            connection.setNetworkTimeout(Runnable::run, (int) java.util.concurrent.TimeUnit.MINUTES.toMillis(30));
            try {
                work.on(connection);
            } finally {
                connection.setNetworkTimeout(Runnable::run, socketTimeout);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET statement_timeout = '15s'");
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
