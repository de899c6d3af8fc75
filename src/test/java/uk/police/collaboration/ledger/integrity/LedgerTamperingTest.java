package uk.police.collaboration.ledger.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import uk.police.collaboration.ledger.support.LedgerClient;
import uk.police.collaboration.ledger.support.LedgerIntegrationTest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Tampering by hand, as a superuser who switches the append-only triggers off for its own session
 * (session_replication_role = replica), and the verifier naming what was done. Each test writes
 * its own programme and risk, tampers with that risk's stream only, and puts the rows back, so that
 * the whole ledger verifies OK again for the next test.
 */
@LedgerIntegrationTest
class LedgerTamperingTest {

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

    @Test
    void anUntouchedLedgerVerifiesWithItsEventAndStreamCounts() {
        String risk = riskWithTwoMitigations();
        awaitEverythingSealed();
        JsonNode report = verify();
        long events = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
        long streams = jdbc.queryForObject("SELECT count(DISTINCT aggregateidentifier) FROM domainevententry", Long.class);
        assertThat(report.path("status").asText()).isEqualTo("OK");
        assertThat(report.path("eventsVerified").asLong()).isEqualTo(events);
        assertThat(report.path("streamsVerified").asLong()).isEqualTo(streams);
        assertThat(report.has("firstBreak")).isFalse();
        assertThat(events(risk)).hasSize(3);
        Row raised = events(risk).get(0);
        JsonNode seal = ledger.get("/api/integrity/events/" + raised.eventId).json();
        assertThat(seal.path("stream").asText()).isEqualTo(risk);
        assertThat(seal.path("sequence").asLong()).isZero();
        assertThat(seal.path("previousLink").asText()).isEqualTo(StoredEvent.GENESIS_HEX);
        assertThat(seal.path("link").asText()).hasSize(64)
                .isEqualTo(store.event(raised.eventId).orElseThrow().link(key, StoredEvent.GENESIS_HEX));
        assertThat(ledger.get("/api/integrity/events/no-such-event").status()).isEqualTo(404);
        System.out.println("Sealing delay after the event's timestamp, max / avg: " + jdbc.queryForMap(
                "SELECT max(s.sealed_at - d.timestamp::timestamptz) AS max, avg(s.sealed_at - d.timestamp::timestamptz) AS avg "
                        + "FROM event_seal s JOIN domainevententry d ON d.globalindex = s.global_index"));
    }

    @Test
    void aChangedPayloadByteIsNamedAsPayload() {
        String risk = riskWithTwoMitigations();
        awaitEverythingSealed();
        Row mitigation = events(risk).get(1);
        byte[] original = mitigation.payload;
        try {
            asSuperuser("UPDATE domainevententry SET payload = set_byte(payload, position(convert_to('Mitigation', 'UTF8') in payload) - 1, ascii('m')) "
                    + "WHERE eventidentifier = ?", mitigation.eventId);
            assertBreak(verify(), "PAYLOAD", risk, 1, mitigation.eventId);
        } finally {
            asSuperuser("UPDATE domainevententry SET payload = ? WHERE eventidentifier = ?", original, mitigation.eventId);
        }
        assertThat(verify().path("status").asText()).isEqualTo("OK");
    }

    @Test
    void aChangedMetadataValueIsNamedAsMetadata() {
        String risk = riskWithTwoMitigations();
        awaitEverythingSealed();
        Row raised = events(risk).get(0);
        try {
            asSuperuser("UPDATE domainevententry SET metadata = convert_to(replace(convert_from(metadata, 'UTF8'), 'TEST/1', 'TEST/9'), 'UTF8') "
                    + "WHERE eventidentifier = ?", raised.eventId);
            assertBreak(verify(), "METADATA", risk, 0, raised.eventId);
        } finally {
            asSuperuser("UPDATE domainevententry SET metadata = ? WHERE eventidentifier = ?", raised.metadata, raised.eventId);
        }
    }

    @Test
    void aChangedTimestampIsNamedAsTimestamp() {
        String risk = riskWithTwoMitigations();
        awaitEverythingSealed();
        Row last = events(risk).get(2);
        try {
            asSuperuser("UPDATE domainevententry SET timestamp = '2018-03-22T09:00:00Z' WHERE eventidentifier = ?", last.eventId);
            assertBreak(verify(), "TIMESTAMP", risk, 2, last.eventId);
        } finally {
            asSuperuser("UPDATE domainevententry SET timestamp = ? WHERE eventidentifier = ?", last.timestamp, last.eventId);
        }
    }

    @Test
    void aDeletedEventIsNamedAsMissing() {
        String risk = riskWithTwoMitigations();
        awaitEverythingSealed();
        Row mitigation = events(risk).get(1);
        try {
            asSuperuser("DELETE FROM domainevententry WHERE eventidentifier = ?", mitigation.eventId);
            assertBreak(verify(), "MISSING_EVENT", risk, 1, mitigation.eventId);
        } finally {
            reinsert(mitigation);
        }
    }

    @Test
    void aCutTailIsCaughtOnlyByADigestTakenBefore() {
        String risk = riskWithTwoMitigations();
        awaitEverythingSealed();
        assertThat(ledger.post("/api/integrity/digests", "application/json", "").status()).isEqualTo(201);
        List<Row> rows = events(risk);
        List<Map<String, Object>> seals = jdbc.queryForList("SELECT * FROM event_seal WHERE stream = ? AND sequence >= 1 ORDER BY sequence", risk);
        try {
            asSuperuser("DELETE FROM event_seal WHERE stream = ? AND sequence >= 1", risk);
            asSuperuser("DELETE FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber >= 1", risk);

            assertThat(verifier.verify(Optional.empty()).ok()).as("the chains alone still hold").isTrue();
            JsonNode report = verify();
            assertBreak(report, "STREAM_SHORTER_THAN_DIGEST", risk, 2, null);
            assertThat(report.path("firstBreak").path("detail").asText()).contains("now ends at sequence 0");
        } finally {
            reinsert(rows.get(1));
            reinsert(rows.get(2));
            for (Map<String, Object> seal : seals) {
                asSuperuser("INSERT INTO event_seal (" + Seal.COLUMNS + ", sealed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        seal.get("global_index"), seal.get("event_id"), seal.get("stream"), seal.get("sequence"), seal.get("link"),
                        seal.get("previous_link"), seal.get("key_id"), seal.get("payload_type"), seal.get("payload_revision"),
                        seal.get("payload_sha256"), seal.get("metadata_sha256"), seal.get("stored_timestamp"), seal.get("sealed_at"));
            }
        }
        assertThat(verify().path("status").asText()).isEqualTo("OK");
    }

    @Test
    void swappedPayloadsAreNamedAtTheFirstOfTheTwo() {
        String risk = riskWithTwoMitigations();
        awaitEverythingSealed();
        Row first = events(risk).get(1);
        Row second = events(risk).get(2);
        try {
            asSuperuser("UPDATE domainevententry SET payload = ? WHERE eventidentifier = ?", second.payload, first.eventId);
            asSuperuser("UPDATE domainevententry SET payload = ? WHERE eventidentifier = ?", first.payload, second.eventId);
            assertBreak(verify(), "PAYLOAD", risk, 1, first.eventId);
        } finally {
            asSuperuser("UPDATE domainevententry SET payload = ? WHERE eventidentifier = ?", first.payload, first.eventId);
            asSuperuser("UPDATE domainevententry SET payload = ? WHERE eventidentifier = ?", second.payload, second.eventId);
        }
    }

    @Test
    void aForgedEventWithASealMadeWithAnotherKeyIsNamedAsASealMismatch() throws SQLException {
        String risk = riskWithTwoMitigations();
        awaitEverythingSealed();
        Row last = events(risk).get(2);
        Seal lastSeal = store.seal(risk, 2).orElseThrow();
        IntegrityKey forgersKey = new IntegrityKey("a key that is not the ledger's key!!".getBytes(StandardCharsets.UTF_8), false);
        String forgedId = java.util.UUID.randomUUID().toString();
        try (Connection connection = superuser()) {
            connection.setAutoCommit(false);
            long index;
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO domainevententry (aggregateidentifier, "
                    + "sequencenumber, type, eventidentifier, metadata, payload, payloadrevision, payloadtype, timestamp) "
                    + "VALUES (?, 3, 'Risk', ?, ?, ?, ?, ?, ?) RETURNING globalindex")) {
                insert.setString(1, risk);
                insert.setString(2, forgedId);
                insert.setBytes(3, last.metadata);
                insert.setBytes(4, last.payload);
                insert.setString(5, last.payloadRevision);
                insert.setString(6, last.payloadType);
                insert.setString(7, Instant.now().toString());
                try (ResultSet rs = insert.executeQuery()) {
                    rs.next();
                    index = rs.getLong(1);
                }
            }
            StoredEvent forged = new StoredEvent(index, risk, 3, forgedId, last.payloadType, last.payloadRevision,
                    last.payload, last.metadata, null);
            try (PreparedStatement read = connection.prepareStatement("SELECT timestamp FROM domainevententry WHERE globalindex = ?")) {
                read.setLong(1, index);
                try (ResultSet rs = read.executeQuery()) {
                    rs.next();
                    forged = new StoredEvent(index, risk, 3, forgedId, last.payloadType, last.payloadRevision,
                            last.payload, last.metadata, rs.getString(1));
                }
            }
            Seal seal = Seal.of(forged, lastSeal.link(), forgersKey);
            // The forger labels the seal with the ledger's key id, hoping to pass.
            execute(connection, "INSERT INTO event_seal (" + Seal.COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    seal.globalIndex(), seal.eventId(), seal.stream(), seal.sequence(), seal.link(), seal.previousLink(),
                    key.id(), seal.payloadType(), seal.payloadRevision(), seal.payloadSha256(), seal.metadataSha256(),
                    seal.storedTimestamp());
            connection.commit();

            assertBreak(verify(), "SEAL_MISMATCH", risk, 3, forgedId);
        } finally {
            asSuperuser("DELETE FROM event_seal WHERE event_id = ?", forgedId);
            asSuperuser("DELETE FROM domainevententry WHERE eventidentifier = ?", forgedId);
            asSuperuser("DELETE FROM ledger_event WHERE event_id = ?", forgedId);
        }
    }

    @Test
    void eventsMovedToAnotherPlaceInTheirStreamAreNamedAsOrder() {
        String risk = riskWithTwoMitigations();
        awaitEverythingSealed();
        Row first = events(risk).get(1);
        Row second = events(risk).get(2);
        try {
            asSuperuser("UPDATE domainevententry SET sequencenumber = -1 WHERE eventidentifier = ?", first.eventId);
            asSuperuser("UPDATE domainevententry SET sequencenumber = 1 WHERE eventidentifier = ?", second.eventId);
            asSuperuser("UPDATE domainevententry SET sequencenumber = 2 WHERE eventidentifier = ?", first.eventId);
            assertBreak(verify(), "ORDER", risk, 2, first.eventId);
        } finally {
            asSuperuser("UPDATE domainevententry SET sequencenumber = -1 WHERE eventidentifier = ?", first.eventId);
            asSuperuser("UPDATE domainevententry SET sequencenumber = 2 WHERE eventidentifier = ?", second.eventId);
            asSuperuser("UPDATE domainevententry SET sequencenumber = 1 WHERE eventidentifier = ?", first.eventId);
        }
    }

    @Test
    void historyRewrittenAndResealedWithTheRightKeyIsCaughtOnlyByAnEarlierDigest() {
        String risk = riskWithTwoMitigations();
        awaitEverythingSealed();
        assertThat(ledger.post("/api/integrity/digests", "application/json", "").status()).isEqualTo(201);
        Row last = events(risk).get(2);
        Map<String, Object> seal = jdbc.queryForMap("SELECT * FROM event_seal WHERE event_id = ?", last.eventId);
        try {
            // An insider with the key and superuser rights rewrites the last mitigation and re-seals it.
            asSuperuser("UPDATE domainevententry SET payload = convert_to(replace(convert_from(payload, 'UTF8'), "
                    + "'Mitigation number 2', 'Nothing to mitigate'), 'UTF8') WHERE eventidentifier = ?", last.eventId);
            StoredEvent rewritten = store.event(last.eventId).orElseThrow();
            Seal resealed = Seal.of(rewritten, (String) seal.get("previous_link"), key);
            asSuperuser("DELETE FROM event_seal WHERE event_id = ?", last.eventId);
            asSuperuser("INSERT INTO event_seal (" + Seal.COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    resealed.globalIndex(), resealed.eventId(), resealed.stream(), resealed.sequence(), resealed.link(),
                    resealed.previousLink(), resealed.keyId(), resealed.payloadType(), resealed.payloadRevision(),
                    resealed.payloadSha256(), resealed.metadataSha256(), resealed.storedTimestamp());

            assertThat(verifier.verify(Optional.empty()).ok()).as("the re-sealed chain holds by itself").isTrue();
            assertBreak(verify(), "DIGEST_LINK_MISMATCH", risk, 2, last.eventId);
        } finally {
            asSuperuser("UPDATE domainevententry SET payload = ? WHERE eventidentifier = ?", last.payload, last.eventId);
            asSuperuser("DELETE FROM event_seal WHERE event_id = ?", last.eventId);
            asSuperuser("INSERT INTO event_seal (" + Seal.COLUMNS + ", sealed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    seal.get("global_index"), seal.get("event_id"), seal.get("stream"), seal.get("sequence"), seal.get("link"),
                    seal.get("previous_link"), seal.get("key_id"), seal.get("payload_type"), seal.get("payload_revision"),
                    seal.get("payload_sha256"), seal.get("metadata_sha256"), seal.get("stored_timestamp"), seal.get("sealed_at"));
        }
        assertThat(verify().path("status").asText()).isEqualTo("OK");
    }

    @Test
    void anEventWhoseSealWasRemovedIsNamedAsUnsealed() {
        String risk = riskWithTwoMitigations();
        awaitEverythingSealed();
        Row mitigation = events(risk).get(1);
        Map<String, Object> seal = jdbc.queryForMap("SELECT * FROM event_seal WHERE event_id = ?", mitigation.eventId);
        try {
            asSuperuser("DELETE FROM event_seal WHERE event_id = ?", mitigation.eventId);
            assertThat(verify().path("status").asText()).as("a recent event may still be waiting for its seal").isEqualTo("OK");
            ChainVerifier withoutGrace = new ChainVerifier(store, new LedgerDigests(jdbc, transactions, key), jdbc, key, 100, Duration.ZERO);
            assertBreak(mapper.valueToTree(withoutGrace.verify(Optional.empty())), "UNSEALED_EVENT", risk, 1, mitigation.eventId);
        } finally {
            asSuperuser("INSERT INTO event_seal (" + Seal.COLUMNS + ", sealed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    seal.get("global_index"), seal.get("event_id"), seal.get("stream"), seal.get("sequence"), seal.get("link"),
                    seal.get("previous_link"), seal.get("key_id"), seal.get("payload_type"), seal.get("payload_revision"),
                    seal.get("payload_sha256"), seal.get("metadata_sha256"), seal.get("stored_timestamp"), seal.get("sealed_at"));
        }
    }

    @Test
    void anOldDigestStillVerifiesAfterLaterAppendsButNotWithATamperedSignature() throws Exception {
        String risk = riskWithTwoMitigations();
        awaitEverythingSealed();
        assertThat(ledger.post("/api/integrity/digests", "application/json", "").status()).isEqualTo(201);
        LedgerClient.Response exported = ledger.get("/api/integrity/digests/latest");
        assertThat(exported.status()).isEqualTo(200);
        ObjectNode digest = (ObjectNode) exported.json();
        assertThat(digest.path("algorithm").asText()).isEqualTo("HMAC-SHA256");
        assertThat(digest.path("keyId").asText()).isEqualTo(key.id());

        assertThat(recorder.command("MitigateRisk", LedgerClient.newId("cmd"), "2018-04-01",
                "{\"riskId\":\"" + risk + "\",\"mitigation\":\"A later, legitimate mitigation\"}").status()).isEqualTo(201);
        awaitEverythingSealed();

        JsonNode replayed = ledger.post("/api/integrity/verify", "application/json", digest.toString()).json();
        assertThat(replayed.path("status").asText()).as("%s", replayed).isEqualTo("OK");
        assertThat(replayed.path("digest").path("verified").asBoolean()).isTrue();
        assertThat(replayed.path("digest").path("id").asLong()).isEqualTo(digest.path("id").asLong());

        Path file = Files.createTempFile("digest", ".json");
        Files.writeString(file, digest.toString());
        assertThat(commandLine.run("--digest", file.toString())).isZero();

        ObjectNode badSignature = digest.deepCopy();
        String signature = digest.path("signature").asText();
        badSignature.put("signature", (signature.charAt(0) == '0' ? "1" : "0") + signature.substring(1));
        JsonNode refused = ledger.post("/api/integrity/verify", "application/json", badSignature.toString()).json();
        assertThat(refused.path("status").asText()).isEqualTo("BROKEN");
        assertThat(refused.path("firstBreak").path("kind").asText()).isEqualTo("BAD_DIGEST_SIGNATURE");

        ObjectNode inflated = digest.deepCopy();
        inflated.put("eventCount", digest.path("eventCount").asLong() - 1);
        assertThat(ledger.post("/api/integrity/verify", "application/json", inflated.toString()).json()
                .path("firstBreak").path("kind").asText()).isEqualTo("BAD_DIGEST_SIGNATURE");

        Files.writeString(file, badSignature.toString());
        assertThat(commandLine.run("--digest", file.toString())).isEqualTo(1);
        assertThat(commandLine.run("--digest")).isEqualTo(2);
    }

    @Test
    void verifyingWithAnotherKeyReportsAKeyMismatch() {
        riskWithTwoMitigations();
        awaitEverythingSealed();
        IntegrityKey wrong = new IntegrityKey("another key, not the one that sealed".getBytes(StandardCharsets.UTF_8), false);
        ChainVerifier withWrongKey = new ChainVerifier(store, new LedgerDigests(jdbc, transactions, wrong), jdbc, wrong, 100, Duration.ZERO);
        VerificationReport report = withWrongKey.verify(Optional.empty());
        assertThat(report.ok()).isFalse();
        assertThat(report.firstBreak().kind()).isEqualTo(BreakKind.WRONG_KEY);
        assertThat(report.firstBreak().detail()).contains(key.id()).contains(wrong.id());

        DigestDocument signedElsewhere = new DigestDocument(DigestDocument.FORMAT, 1, Instant.now().toString(), 0, 0, 0,
                "00", null, null, null).signedWith(wrong);
        assertThat(verifier.verify(Optional.of(signedElsewhere)).firstBreak().kind()).isEqualTo(BreakKind.WRONG_KEY);
    }

    @Test
    void theEventTableRefusesUpdateDeleteAndTruncateFromANormalSession() {
        riskWithTwoMitigations();
        awaitEverythingSealed();
        long index = jdbc.queryForObject("SELECT max(globalindex) FROM domainevententry", Long.class);
        assertThatThrownBy(() -> jdbc.update("UPDATE domainevententry SET timestamp = timestamp WHERE globalindex = ?", index))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageMatching("(?s).*(append-only|permission denied).*");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM domainevententry WHERE globalindex = ?", index))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageMatching("(?s).*(append-only|permission denied).*");
        assertThatThrownBy(() -> jdbc.execute("TRUNCATE domainevententry"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageMatching("(?s).*(append-only|permission denied).*");
        assertThatThrownBy(() -> jdbc.update("UPDATE event_seal SET link = link WHERE global_index = ?", index))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageMatching("(?s).*(append-only|permission denied).*");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM ledger_digest"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageMatching("(?s).*(append-only|permission denied).*");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE globalindex = ?", Long.class, index)).isEqualTo(1);
    }

    // ---- helpers

    /** A programme, a risk raised on it and mitigated twice: the risk's stream has sequences 0, 1, 2. */
    private String riskWithTwoMitigations() {
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

    private JsonNode verify() {
        LedgerClient.Response response = ledger.get("/api/integrity/verify");
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        return response.json();
    }

    private void assertBreak(JsonNode report, String kind, String stream, long sequence, String eventId) {
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

    private void awaitEverythingSealed() {
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

    private record Row(long globalIndex, String stream, long sequence, String type, String eventId, byte[] metadata,
                       byte[] payload, String payloadRevision, String payloadType, String timestamp) {
    }

    private List<Row> events(String stream) {
        return jdbc.query("SELECT * FROM domainevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber",
                (rs, n) -> new Row(rs.getLong("globalindex"), rs.getString("aggregateidentifier"), rs.getLong("sequencenumber"),
                        rs.getString("type"), rs.getString("eventidentifier"), rs.getBytes("metadata"), rs.getBytes("payload"),
                        rs.getString("payloadrevision"), rs.getString("payloadtype"), rs.getString("timestamp")), stream);
    }

    private void reinsert(Row row) {
        asSuperuser("INSERT INTO domainevententry (globalindex, aggregateidentifier, sequencenumber, type, eventidentifier, "
                        + "metadata, payload, payloadrevision, payloadtype, timestamp) OVERRIDING SYSTEM VALUE "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row.globalIndex, row.stream, row.sequence, row.type,
                row.eventId, row.metadata, row.payload, row.payloadRevision, row.payloadType, row.timestamp);
    }

    /** A superuser session with the append-only triggers switched off for itself only. */
    private Connection superuser() throws SQLException {
        Connection connection = postgres.getPostgresDatabase().getConnection();
        try (var statement = connection.createStatement()) {
            statement.execute("SET session_replication_role = replica");
        }
        return connection;
    }

    private void asSuperuser(String sql, Object... args) {
        try (Connection connection = superuser()) {
            execute(connection, sql, args);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void execute(Connection connection, String sql, Object... args) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            statement.executeUpdate();
        }
    }
}
