package uk.police.collaboration.ledger.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import uk.police.collaboration.ledger.support.LedgerClient;
import uk.police.collaboration.ledger.support.LedgerIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What only a digest catches: a cut tail, or history rewritten and resealed with the right key, is
 * caught by a digest taken before; an old digest still verifies after later appends but not with
 * a tampered signature; another key is reported as a key mismatch; and an untouched ledger
 * verifies with its counts.
 */
@LedgerIntegrationTest
class DigestTamperingTest extends TamperingTestBase {

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
        JsonNode seal = ledger.get("/api/integrity/events/" + raised.eventId()).json();
        assertThat(seal.path("stream").asText()).isEqualTo(risk);
        assertThat(seal.path("sequence").asLong()).isZero();
        assertThat(seal.path("previousLink").asText()).isEqualTo(StoredEvent.GENESIS_HEX);
        assertThat(seal.path("link").asText()).hasSize(64)
                .isEqualTo(store.event(raised.eventId()).orElseThrow().link(key, StoredEvent.GENESIS_HEX));
        assertThat(ledger.get("/api/integrity/events/no-such-event").status()).isEqualTo(404);
        System.out.println("Sealing delay after the event's timestamp, max / avg: " + jdbc.queryForMap(
                "SELECT max(s.sealed_at - d.timestamp::timestamptz) AS max, avg(s.sealed_at - d.timestamp::timestamptz) AS avg "
                        + "FROM event_seal s JOIN domainevententry d ON d.globalindex = s.global_index"));
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

            ChainVerifier chainsOnly = new ChainVerifier(store, new LedgerDigests(jdbc, transactions, key), jdbc, key, 100);
            assertThat(chainsOnly.verify(Optional.empty()).ok()).as("the chains alone still hold").isTrue();
            JsonNode report = mapper.valueToTree(chainsOnly.verify(digests().latest()));
            assertBreak(report, "STREAM_SHORTER_THAN_DIGEST", risk, 2, null);
            assertThat(report.path("firstBreak").path("detail").asText()).contains("now ends at sequence 0");
            // The command log and the transparency log still list the cut events: caught without any digest.
            JsonNode full = verify();
            assertThat(full.path("status").asText()).isEqualTo("BROKEN");
            assertThat(full.path("firstBreak").path("kind").asText()).isIn("COMMAND_LOG_MISMATCH", "LOG_GAP");
            assertThat(full.path("firstBreak").path("eventId").asText()).isIn(rows.get(1).eventId(), rows.get(2).eventId());
        } finally {
            reinsert(rows.get(1));
            reinsert(rows.get(2));
            for (Map<String, Object> seal : seals) {
                restoreSeal(seal);
            }
        }
        assertThat(verify().path("status").asText()).isEqualTo("OK");
    }

    @Test
    void historyRewrittenAndResealedWithTheRightKeyIsCaughtOnlyByAnEarlierDigest() {
        String risk = riskWithTwoMitigations();
        awaitEverythingSealed();
        assertThat(ledger.post("/api/integrity/digests", "application/json", "").status()).isEqualTo(201);
        Row last = events(risk).get(2);
        Map<String, Object> seal = jdbc.queryForMap("SELECT * FROM event_seal WHERE event_id = ?", last.eventId());
        try {
            // An insider with the key and superuser rights rewrites the last mitigation and re-seals it.
            asSuperuser("UPDATE domainevententry SET payload = convert_to(replace(convert_from(payload, 'UTF8'), "
                    + "'Mitigation number 2', 'Nothing to mitigate'), 'UTF8') WHERE eventidentifier = ?", last.eventId());
            StoredEvent rewritten = store.event(last.eventId()).orElseThrow();
            Seal resealed = Seal.of(rewritten, (String) seal.get("previous_link"), key);
            asSuperuser("DELETE FROM event_seal WHERE event_id = ?", last.eventId());
            asSuperuser("INSERT INTO event_seal (" + Seal.COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    resealed.globalIndex(), resealed.eventId(), resealed.stream(), resealed.sequence(), resealed.link(),
                    resealed.previousLink(), resealed.keyId(), resealed.payloadType(), resealed.payloadRevision(),
                    resealed.payloadSha256(), resealed.metadataSha256(), resealed.storedTimestamp());

            ChainVerifier chainsOnly = new ChainVerifier(store, new LedgerDigests(jdbc, transactions, key), jdbc, key, 100);
            assertThat(chainsOnly.verify(Optional.empty()).ok()).as("the re-sealed chain holds by itself").isTrue();
            assertBreak(mapper.valueToTree(chainsOnly.verify(digests().latest())), "DIGEST_LINK_MISMATCH", risk, 2, last.eventId());
            // Re-sealed by a later transaction than the one that appended the event: a finding in itself.
            assertBreak(verify(), "OUT_OF_TRANSACTION", risk, 2, last.eventId());
            // A careful insider also copies the original transaction id onto the new seal; the leaf committed
            // to every field when the event was appended, so the log still names the field.
            asSuperuser("DELETE FROM event_seal WHERE event_id = ?", last.eventId());
            Map<String, Object> forged = new java.util.HashMap<>(seal);
            forged.put("link", resealed.link());
            forged.put("payload_sha256", resealed.payloadSha256());
            restoreSeal(forged);
            JsonNode report = verify();
            assertBreak(report, "LEAF_MISMATCH", risk, 2, last.eventId());
            assertThat(report.path("firstBreak").path("detail").asText()).contains("field payload.mitigation changed");
        } finally {
            asSuperuser("UPDATE domainevententry SET payload = ? WHERE eventidentifier = ?", last.payload(), last.eventId());
            asSuperuser("DELETE FROM event_seal WHERE event_id = ?", last.eventId());
            restoreSeal(seal);
        }
        assertThat(verify().path("status").asText()).isEqualTo("OK");
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
        ChainVerifier withWrongKey = new ChainVerifier(store, new LedgerDigests(jdbc, transactions, wrong), jdbc, wrong, 100);
        VerificationReport report = withWrongKey.verify(Optional.empty());
        assertThat(report.ok()).isFalse();
        assertThat(report.firstBreak().kind()).isEqualTo(BreakKind.WRONG_KEY);
        assertThat(report.firstBreak().detail()).contains(key.id()).contains(wrong.id());

        DigestDocument signedElsewhere = new DigestDocument(DigestDocument.FORMAT, 1, Instant.now().toString(), 0, 0, 0,
                "00", null, null, null).signedWith(wrong);
        assertThat(verifier.verify(Optional.of(signedElsewhere)).firstBreak().kind()).isEqualTo(BreakKind.WRONG_KEY);
    }
}
