package uk.police.collaboration.ledger.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import uk.police.collaboration.ledger.support.LedgerClient;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tampering by hand, as a superuser who switches the append-only triggers off for its own session
 * (session_replication_role = replica), and the verifier naming what was done. Each test writes
 * its own programme and risk, tampers with that risk's stream only, and puts the rows back, so that
 * the whole ledger verifies OK again for the next test. The tests: rows changed in place
 * ({@link LedgerTamperingTest}) and what only a digest can catch ({@link DigestTamperingTest}).
 */
abstract class TamperingTestBase {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EmbeddedPostgres postgres;
    @Autowired
    ChainVerifier verifier;
    @Autowired
    SealStore store;
    @Autowired
    IntegrityKey key;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    VerifyCommandLine commandLine;

    LedgerClient ledger;
    LedgerClient recorder;
    final ObjectMapper mapper = new ObjectMapper();

    @BeforeEach
    void ledgerVerifiesBeforeEachTest() {
        ledger = new LedgerClient(port).as("auditor", "demo-auditor");
        recorder = new LedgerClient(port).as("secretariat", "demo-secretariat");
        awaitEverythingSealed();
        assertThat(verify().path("status").asText()).as("ledger before the test: %s", verify()).isEqualTo("OK");
    }

    // ---- helpers


    /** A programme, a risk raised on it and mitigated twice: the risk's stream has sequences 0, 1, 2. */
    String riskWithTwoMitigations() {
        String programme = LedgerClient.newId("integrity-programme");
        String risk = LedgerClient.newId("integrity-risk");
        assertThat(recorder.command("RegisterCollaboration", LedgerClient.newId("cmd"), "2018-02-01",
                "{\"collaborationId\":\"" + programme + "\",\"title\":\"Tamper test\",\"scope\":\"Integrity tests\","
                        + "\"parties\":[{\"partyId\":\"glos\",\"name\":\"Gloucestershire Constabulary\",\"kind\":\"FORCE\",\"corporationSole\":false}]}")
                .status()).isEqualTo(201);
        assertThat(recorder.command("RaiseRisk", LedgerClient.newId("cmd"), "2018-03-01",
                "{\"riskId\":\"" + risk + "\",\"collaborationId\":\"" + programme + "\",\"description\":\"Costs not finalised\"}")
                .status()).isEqualTo(201);
        for (int i = 1; i <= 2; i++) {
            assertThat(recorder.command("MitigateRisk", LedgerClient.newId("cmd"), "2018-03-0" + (i + 1),
                    "{\"riskId\":\"" + risk + "\",\"mitigation\":\"Mitigation number " + i + "\"}").status()).isEqualTo(201);
        }
        return risk;
    }

    LedgerDigests digests() {
        return new LedgerDigests(jdbc, transactions, key);
    }

    JsonNode verify() {
        LedgerClient.Response response = ledger.get("/api/integrity/verify");
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        return response.json();
    }

    void assertBreak(JsonNode report, String kind, String stream, long sequence, String eventId) {
        assertThat(report.path("status").asText()).as("%s", report).isEqualTo("BROKEN");
        JsonNode broken = report.path("firstBreak");
        assertThat(broken.path("kind").asText()).as("%s", report).isEqualTo(kind);
        assertThat(broken.path("stream").asText()).isEqualTo(stream);
        assertThat(broken.path("sequence").asLong()).isEqualTo(sequence);
        if (eventId != null) {
            assertThat(broken.path("eventId").asText()).isEqualTo(eventId);
        }
        assertThat(broken.path("detail").asText()).isNotBlank();
    }

    void awaitEverythingSealed() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (jdbc.queryForObject("SELECT count(*) FROM domainevententry d WHERE NOT EXISTS "
                + "(SELECT 1 FROM event_seal s WHERE s.global_index = d.globalindex)", Long.class) > 0) {
            assertThat(Instant.now()).as("every event sealed in time").isBefore(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    record Row(long globalIndex, String stream, long sequence, String type, String eventId, byte[] metadata,
                       byte[] payload, String payloadRevision, String payloadType, String timestamp, Long appendedTxid) {
    }

    List<Row> events(String stream) {
        return jdbc.query("SELECT * FROM domainevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber",
                (rs, n) -> new Row(rs.getLong("globalindex"), rs.getString("aggregateidentifier"), rs.getLong("sequencenumber"),
                        rs.getString("type"), rs.getString("eventidentifier"), rs.getBytes("metadata"), rs.getBytes("payload"),
                        rs.getString("payloadrevision"), rs.getString("payloadtype"), rs.getString("timestamp"),
                        (Long) rs.getObject("appended_txid")), stream);
    }

    void reinsert(Row row) {
        asSuperuser("INSERT INTO domainevententry (globalindex, aggregateidentifier, sequencenumber, type, eventidentifier, "
                        + "metadata, payload, payloadrevision, payloadtype, timestamp, appended_txid) OVERRIDING SYSTEM VALUE "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row.globalIndex, row.stream, row.sequence, row.type,
                row.eventId, row.metadata, row.payload, row.payloadRevision, row.payloadType, row.timestamp, row.appendedTxid);
    }

    /** Puts a seal row back exactly as it was, its transaction id included. */
    void restoreSeal(Map<String, Object> seal) {
        asSuperuser("INSERT INTO event_seal (" + Seal.COLUMNS + ", sealed_at, sealed_txid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                seal.get("global_index"), seal.get("event_id"), seal.get("stream"), seal.get("sequence"), seal.get("link"),
                seal.get("previous_link"), seal.get("key_id"), seal.get("payload_type"), seal.get("payload_revision"),
                seal.get("payload_sha256"), seal.get("metadata_sha256"), seal.get("stored_timestamp"), seal.get("sealed_at"),
                seal.get("sealed_txid"));
    }

    /** A superuser session with the append-only triggers switched off for itself only. */
    Connection superuser() throws SQLException {
        Connection connection = postgres.getPostgresDatabase().getConnection();
        try (var statement = connection.createStatement()) {
            statement.execute("SET session_replication_role = replica");
        }
        return connection;
    }

    void asSuperuser(String sql, Object... args) {
        try (Connection connection = superuser()) {
            execute(connection, sql, args);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void execute(Connection connection, String sql, Object... args) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            statement.executeUpdate();
        }
    }
}
