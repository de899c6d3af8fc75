package uk.police.collaboration.ledger.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import uk.police.collaboration.ledger.support.LedgerClient;
import uk.police.collaboration.ledger.support.LedgerIntegrationTest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event is sealed and logged in the transaction that appends it (issue 9 item 5, issue 13
 * item 6): a row forged behind the ledger's back — a plain INSERT, one with a forged seal and leaf,
 * one below a digest's position, a second checkpoint root — is named by the verifier with its
 * reason, each verification is remembered, and what sealing costs on the write path is printed.
 * Each test puts back what it tampers with. (Split from TransparencyLogTest, which keeps the
 * exported checkpoints and proofs checked offline.)
 */
@LedgerIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InTransactionSealingTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EmbeddedPostgres postgres;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    SigningKeys signingKeys;
    @Autowired
    IntegrityKey key;
    @Autowired
    SealStore seals;
    @Autowired
    LogAppender appender;
    @Autowired
    MeterRegistry meters;

    String programme;

    LedgerClient as(String role) {
        return LedgerClient.demo(port, role);
    }

    String record(String command, String payload) {
        return LedgerClient.recorded(port, command, "2018-07-16", payload);
    }

    @BeforeAll
    void aProgramme() {
        programme = LedgerClient.newId("sealing");
        record("RegisterCollaboration", "{\"collaborationId\":\"" + programme + "\",\"title\":\"Shared control room\",\"scope\":\"s\","
                + "\"parties\":[{\"partyId\":\"essex\",\"name\":\"Essex Police\",\"kind\":\"FORCE\",\"corporationSole\":false}],"
                + "\"leadPartyId\":null,\"leadOfficer\":null}");
    }

    @Test
    void aPlainInsertOfAForgedEventIsNamedAtOnceAndAForgeryThatAlsoForgesItsSealAndLeafIsCaughtByTheCommandLog() throws Exception {
        String risk = LedgerClient.newId("risk");
        String commandId = record("RaiseRisk", "{\"riskId\":\"" + risk + "\",\"collaborationId\":\"" + programme
                + "\",\"description\":\"Real\"}");
        var row = jdbc.queryForMap("SELECT * FROM domainevententry WHERE aggregateidentifier = ?", risk);
        long logSize = jdbc.queryForObject("SELECT count(*) FROM log_leaf", Long.class);
        String plain = java.util.UUID.randomUUID().toString();
        String careful = java.util.UUID.randomUUID().toString();
        try {
            insertEvent(plain, risk, 1, row);
            assertBreak(verify(), "UNSEALED_EVENT", plain);

            deleteEvent(plain);
            // An insider with the HMAC key forges the event, its seal and its leaf in one transaction.
            transactions.executeWithoutResult(status -> {
                insertEvent(careful, risk, 1, row);
                StoredEvent forged = seals.event(careful).orElseThrow();
                seals.append(Seal.of(forged, seals.seal(risk, 0).orElseThrow().link(), key));
                appender.lock();
                LeafData.Sealed leaf = LeafData.seal(forged);
                appender.append(List.of(new LogAppender.Entry(forged.globalIndex(), careful, leaf.data(), "{}")));
            });
            JsonNode report = verify();
            assertBreak(report, "COMMAND_LOG_MISMATCH", careful);
            assertThat(report.path("firstBreak").path("detail").asText()).contains(commandId);
        } finally {
            deleteEvent(plain);
            deleteEvent(careful);
            asSuperuser("DELETE FROM log_leaf WHERE leaf_index >= ?", logSize);
            asSuperuser("DELETE FROM field_salt WHERE leaf_index >= ?", logSize);
            asSuperuser("DELETE FROM log_node WHERE (node_index + 1) * (1::bigint << level) > ?", logSize);
            asSuperuser("DELETE FROM log_checkpoint WHERE tree_size > ?", logSize);
        }
        assertThat(verify().path("status").asText()).isEqualTo("OK");
    }

    @Test
    void aRowForgedBelowADigestsPositionChangesItsCountsAndIsNotInTheLog() {
        assertThat(as("auditor").post("/api/integrity/digests", "application/json", "").status()).isEqualTo(201);
        var like = jdbc.queryForMap("SELECT * FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = 0", programme);
        String stream = LedgerClient.newId("forged-stream");
        String eventId = java.util.UUID.randomUUID().toString();
        try {
            // Below every real row (a global index the tracking processors have long passed), sealed with the key.
            transactions.executeWithoutResult(status -> {
                jdbc.update("INSERT INTO domainevententry (globalindex, aggregateidentifier, sequencenumber, type, eventidentifier, "
                                + "metadata, payload, payloadrevision, payloadtype, timestamp) OVERRIDING SYSTEM VALUE "
                                + "VALUES (-7, ?, 0, ?, ?, ?, ?, ?, ?, ?)", stream, like.get("type"), eventId, like.get("metadata"),
                        like.get("payload"), like.get("payloadrevision"), like.get("payloadtype"), Instant.now().toString());
                seals.append(Seal.of(seals.event(eventId).orElseThrow(), StoredEvent.GENESIS_HEX, key));
            });
            LedgerDigests digests = new LedgerDigests(jdbc, transactions, key);
            VerificationReport chainsOnly = new ChainVerifier(seals, digests, jdbc, key, 100).verify(digests.latest());
            assertThat(chainsOnly.firstBreak()).as("%s", chainsOnly).isNotNull();
            assertThat(chainsOnly.firstBreak().kind()).isEqualTo(BreakKind.DIGEST_COUNT_MISMATCH);
            assertThat(chainsOnly.firstBreak().detail()).contains("inserted or removed below its position");
            assertBreak(verify(), "NOT_IN_LOG", eventId);
        } finally {
            deleteEvent(eventId);
        }
        assertThat(verify().path("status").asText()).isEqualTo("OK");
    }

    @Test
    void aCheckpointTheLogNoLongerMatchesIsNamed() {
        long size = jdbc.queryForObject("SELECT count(*) FROM log_leaf", Long.class);
        String forgedNote = SignedNote.sign(new Checkpoint(signingKeys.origin(), size, MerkleHash.leaf("x".getBytes())).body(),
                List.of(signingKeys.current()));
        try {
            // A second root for a size already signed (as a split-view attack would leave behind).
            as(null).get("/api/integrity/checkpoint/" + size);
            jdbc.update("INSERT INTO log_checkpoint (tree_size, key_name, root_hash, note) VALUES (?, 'another-key', ?, ?)",
                    size, MerkleHash.leaf("x".getBytes()), forgedNote);
            JsonNode report = verify();
            assertThat(report.path("firstBreak").path("kind").asText()).as("%s", report).isIn("CHECKPOINT_MISMATCH", "SPLIT_VIEW");
        } finally {
            asSuperuser("DELETE FROM log_checkpoint WHERE key_name = 'another-key'");
        }
    }

    @Test
    void verificationsAreRememberedWithWhoAndWhatBrokeAndAFailureCountsInAMetric() {
        double before = meters.counter("ledger.integrity.verification.failures").count();
        JsonNode ok = verify();
        assertThat(ok.path("status").asText()).isEqualTo("OK");
        assertThat(ok.path("warnings").toString()).contains("PUBLIC DEMO");
        String risk = LedgerClient.newId("risk");
        record("RaiseRisk", "{\"riskId\":\"" + risk + "\",\"collaborationId\":\"" + programme + "\",\"description\":\"d\"}");
        String eventId = jdbc.queryForObject("SELECT eventidentifier FROM domainevententry WHERE aggregateidentifier = ?", String.class, risk);
        var seal = jdbc.queryForMap("SELECT * FROM event_seal WHERE event_id = ?", eventId);
        try {
            asSuperuser("DELETE FROM event_seal WHERE event_id = ?", eventId);
            assertBreak(verify(), "UNSEALED_EVENT", eventId);
        } finally {
            asSuperuser("INSERT INTO event_seal (" + Seal.COLUMNS + ", sealed_at, sealed_txid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    seal.get("global_index"), seal.get("event_id"), seal.get("stream"), seal.get("sequence"), seal.get("link"),
                    seal.get("previous_link"), seal.get("key_id"), seal.get("payload_type"), seal.get("payload_revision"),
                    seal.get("payload_sha256"), seal.get("metadata_sha256"), seal.get("stored_timestamp"), seal.get("sealed_at"),
                    seal.get("sealed_txid"));
        }
        assertThat(meters.counter("ledger.integrity.verification.failures").count()).isEqualTo(before + 1);
        JsonNode remembered = as("auditor").get("/api/integrity/verifications").json();
        assertThat(remembered.get(0).path("status").asText()).isEqualTo("BROKEN");
        assertThat(remembered.get(0).path("breakKind").asText()).isEqualTo("UNSEALED_EVENT");
        assertThat(remembered.get(0).path("verifiedBy").asText()).isEqualTo("auditor");
        assertThat(remembered.get(0).path("breakDetail").asText()).contains(eventId);
        assertThat(remembered.get(1).path("status").asText()).isEqualTo("OK");
    }

    /** Not a timing assertion: prints what sealing costs on the write path, alone and under 8 clients. */
    @Test
    void sealingOnTheWritePathCostsThisMuch() throws Exception {
        var timer = meters.timer("ledger.integrity.seal");
        long before = timer.count();
        double beforeTotal = timer.totalTime(java.util.concurrent.TimeUnit.MILLISECONDS);
        long started = System.nanoTime();
        for (int i = 0; i < 40; i++) {
            record("RaiseRisk", "{\"riskId\":\"" + LedgerClient.newId("alone") + "\",\"collaborationId\":\"" + programme
                    + "\",\"description\":\"one client\"}");
        }
        double commandMs = (System.nanoTime() - started) / 1e6 / 40;
        double sealMs = (timer.totalTime(java.util.concurrent.TimeUnit.MILLISECONDS) - beforeTotal) / (timer.count() - before);
        System.out.printf("Sealing in the appending transaction, one client: %.2f ms of a %.2f ms command (%.0f%%)%n",
                sealMs, commandMs, 100 * sealMs / commandMs);

        before = timer.count();
        beforeTotal = timer.totalTime(java.util.concurrent.TimeUnit.MILLISECONDS);
        ExecutorService clients = Executors.newFixedThreadPool(8);
        started = System.nanoTime();
        List<Future<?>> answers = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            answers.add(clients.submit(() -> record("RaiseRisk", "{\"riskId\":\"" + LedgerClient.newId("load") + "\",\"collaborationId\":\""
                    + programme + "\",\"description\":\"load\"}")));
        }
        for (Future<?> answer : answers) {
            answer.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        clients.shutdown();
        long sealed = timer.count() - before;
        assertThat(sealed).isGreaterThanOrEqualTo(80);
        System.out.printf("Sealing in the appending transaction, 8 clients: mean %.2f ms inside the transaction; "
                        + "80 commands in %.2f s (%.0f commands/s); system load average %.1f%n",
                (timer.totalTime(java.util.concurrent.TimeUnit.MILLISECONDS) - beforeTotal) / sealed, seconds, 80 / seconds,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        assertThat(verify().path("status").asText()).isEqualTo("OK");
    }

    // ---- helpers

    private JsonNode verify() {
        var response = as("auditor").get("/api/integrity/verify");
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    private static void assertBreak(JsonNode report, String kind, String eventId) {
        assertThat(report.path("status").asText()).as("%s", report).isEqualTo("BROKEN");
        assertThat(report.path("firstBreak").path("kind").asText()).as("%s", report).isEqualTo(kind);
        assertThat(report.path("firstBreak").path("eventId").asText()).isEqualTo(eventId);
        assertThat(report.path("firstBreak").path("detail").asText()).isNotBlank();
    }

    private void insertEvent(String eventId, String stream, long sequence, java.util.Map<String, Object> like) {
        jdbc.update("INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata, payload, "
                        + "payloadrevision, payloadtype, timestamp) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", stream, sequence, like.get("type"),
                eventId, like.get("metadata"), like.get("payload"), like.get("payloadrevision"), like.get("payloadtype"),
                Instant.now().toString());
    }

    private void deleteEvent(String eventId) {
        asSuperuser("DELETE FROM event_seal WHERE event_id = ?", eventId);
        asSuperuser("DELETE FROM domainevententry WHERE eventidentifier = ?", eventId);
        asSuperuser("DELETE FROM ledger_event WHERE event_id = ?", eventId);
    }

    private void asSuperuser(String sql, Object... args) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            try (var statement = connection.createStatement()) {
                statement.execute("SET session_replication_role = replica");
            }
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    statement.setObject(i + 1, args[i]);
                }
                statement.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
