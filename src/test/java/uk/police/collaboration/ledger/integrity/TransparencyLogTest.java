package uk.police.collaboration.ledger.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * The transparency log end to end: what the server exports, checked by the offline verifier with
 * nothing but the public keys and the files; and every forgery of issue 13 item 6 and issue 9
 * item 5 refused with its reason. Each test puts back what it tampers with.
 */
@LedgerIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TransparencyLogTest {

    static final String PASSAGE = "WITHHELD-PASSAGE-93K";
    static final String PART_TWO = "PART-TWO-CONTENT-61Z";

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

    final ObjectMapper mapper = new ObjectMapper();
    String programme;
    String reference;
    Path keys;

    LedgerClient as(String role) {
        LedgerClient anonymous = new LedgerClient(port);
        return role == null ? anonymous : anonymous.as(role, "demo-" + role);
    }

    String record(String command, String payload) {
        String commandId = LedgerClient.newId("cmd");
        var answer = as("secretariat").command(command, commandId, "2018-07-16", payload);
        assertThat(answer.status()).as(command + " " + answer).isIn(200, 201);
        return commandId;
    }

    @BeforeAll
    void aPublishedDecisionWithARedactionAndPartTwo() throws Exception {
        programme = LedgerClient.newId("transparency");
        reference = "TL/" + programme;
        record("RegisterCollaboration", "{\"collaborationId\":\"" + programme + "\",\"title\":\"Shared control room\",\"scope\":\"s\","
                + "\"parties\":[{\"partyId\":\"essex\",\"name\":\"Essex Police\",\"kind\":\"FORCE\",\"corporationSole\":false}],"
                + "\"leadPartyId\":null,\"leadOfficer\":null}");
        record("RecordDecision", "{\"reference\":\"" + reference + "\",\"collaborationId\":\"" + programme + "\","
                + "\"title\":\"Shared control room\",\"decisionMaker\":\"PFCC\","
                + "\"reportAuthor\":\"Ch Insp Ed Wells\",\"reportDate\":\"2018-06-22\",\"recommendations\":[\"Agree £188k; see "
                + PASSAGE + "\"],\"expenditure\":\"188000.00\",\"flaggedSignificant\":false,\"significanceReason\":null,"
                + "\"optionIds\":[],\"agreementIds\":[],\"fundingRequestIds\":[]}");
        record("MakeDecision", "{\"reference\":\"" + reference + "\",\"outcome\":\"AGREED\",\"decidedBy\":\"R.C. Hirst\",\"reasons\":\"Agreed\"}");
        record("DecidePublication", "{\"reference\":\"" + reference + "\",\"forPublication\":true,\"reason\":null}");
        record("RequireRedaction", "{\"reference\":\"" + reference + "\",\"redactionId\":\"r1\",\"part\":\"Decision sheet\","
                + "\"passage\":\"" + PASSAGE + "\",\"exemption\":\"s.40 FOIA personal information\"}");
        record("CompleteRedaction", "{\"reference\":\"" + reference + "\",\"redactionId\":\"r1\",\"signedOffBy\":\"David Lawson\","
                + "\"signedOffRole\":\"CHIEF_EXECUTIVE\"}");
        record("AttachPartTwo", "{\"reference\":\"" + reference + "\",\"partTwoId\":\"p2\",\"content\":\"" + PART_TWO + "\","
                + "\"ground\":\"COMMERCIAL_SENSITIVITY\"}");
        record("PublishDecision", "{\"reference\":\"" + reference + "\",\"url\":null}");
        Instant deadline = Instant.now().plusSeconds(30);
        while (!as("auditor").get("/api/collaborations/" + programme).body().contains("\"publicationStatus\":\"PUBLISHED\"")) {
            assertThat(Instant.now()).as("the decision reaches the read side").isBefore(deadline);
            Thread.sleep(200);
        }
        var published = as(null).get("/api/integrity/keys");
        assertThat(published.status()).as("the public keys need no sign-in").isEqualTo(200);
        keys = file("keys", published.body());
    }

    @Test
    void anAnonymousReaderChecksTheLatestCheckpointWithThePublicKeyAndIsToldItIsTheDemoKey() throws Exception {
        var checkpoint = as(null).get("/api/integrity/checkpoint");
        assertThat(checkpoint.status()).isEqualTo(200);
        assertThat(checkpoint.body()).startsWith(signingKeys.origin() + "\n").contains("\n\n\u2014 " + SigningKeys.DEMO_NAME + " ");
        Run run = offline("--keys", keys.toString(), "--checkpoint", file("checkpoint", checkpoint.body()).toString());
        assertThat(run.status).as(run.out).isZero();
        assertThat(run.out).contains("OK checkpoint: tree size").contains("WARNING checkpoint is signed with the PUBLIC DEMO key");
        long size = Long.parseLong(checkpoint.body().split("\n")[1]);
        assertThat(as(null).get("/api/integrity/checkpoint/" + size).body()).as("signed once per size").isEqualTo(checkpoint.body());
        assertThat(as(null).get("/api/integrity/checkpoint/" + (size + 1_000_000)).status()).isEqualTo(404);
    }

    @Test
    void aForgedCheckpointAndOneFromAnotherKeyAreRefused() throws Exception {
        String note = as(null).get("/api/integrity/checkpoint").body();
        String[] lines = note.split("\n");
        String forgedRoot = note.replace(lines[2], java.util.Base64.getEncoder().encodeToString(MerkleHash.leaf("forged".getBytes())));
        Run forged = offline("--keys", keys.toString(), "--checkpoint", file("forged", forgedRoot).toString());
        assertThat(forged.status).isEqualTo(1);
        assertThat(forged.out).contains("FAIL BAD_CHECKPOINT_SIGNATURE");

        SigningKey impostor = SigningKey.fromSeed(SigningKeys.DEMO_NAME, new byte[32], false);
        String sameNameOtherKey = SignedNote.sign(SignedNote.parse(note).text(), List.of(impostor));
        assertThat(offline("--keys", keys.toString(), "--checkpoint", file("impostor", sameNameOtherKey).toString()).out)
                .contains("FAIL BAD_CHECKPOINT_SIGNATURE");
        SigningKey stranger = SigningKey.fromSeed("somebody-else.example", new byte[32], false);
        String otherKey = SignedNote.sign(SignedNote.parse(note).text(), List.of(stranger));
        assertThat(offline("--keys", keys.toString(), "--checkpoint", file("stranger", otherKey).toString()).out)
                .contains("FAIL UNKNOWN_KEY");
    }

    @Test
    void aKeptCheckpointIsProvedAPrefixOfANewerOneAndARollbackOrASplitViewIsRefused() throws Exception {
        String kept = as(null).get("/api/integrity/checkpoint").body();
        long keptSize = Long.parseLong(kept.split("\n")[1]);
        record("RaiseRisk", "{\"riskId\":\"" + LedgerClient.newId("risk") + "\",\"collaborationId\":\"" + programme
                + "\",\"description\":\"Later event\"}");
        String newer = as(null).get("/api/integrity/checkpoint").body();
        long newerSize = Long.parseLong(newer.split("\n")[1]);
        var proof = as(null).get("/api/integrity/proofs/consistency?from=" + keptSize + "&to=" + newerSize);
        assertThat(proof.status()).isEqualTo(200);
        Path keptFile = file("kept", kept);
        Path newerFile = file("newer", newer);
        Path proofFile = file("consistency", proof.body());

        Run ok = offline("--keys", keys.toString(), "--older", keptFile.toString(), "--checkpoint", newerFile.toString(),
                "--consistency", proofFile.toString());
        assertThat(ok.status).as(ok.out).isZero();
        assertThat(ok.out).contains("OK consistency: the tree of size " + keptSize + " is a prefix of the tree of size " + newerSize);

        Run rolledBack = offline("--keys", keys.toString(), "--older", newerFile.toString(), "--checkpoint", keptFile.toString(),
                "--consistency", proofFile.toString());
        assertThat(rolledBack.status).isEqualTo(1);
        assertThat(rolledBack.out).contains("FAIL LOG_ROLLED_BACK");

        // The log's own key signing a second, different root for the same size: a split view.
        String other = SignedNote.sign(new Checkpoint(signingKeys.origin(), newerSize, MerkleHash.leaf("other".getBytes())).body(),
                List.of(signingKeys.current()));
        Run split = offline("--keys", keys.toString(), "--older", file("other", other).toString(), "--checkpoint", newerFile.toString());
        assertThat(split.status).isEqualTo(1);
        assertThat(split.out).contains("FAIL SPLIT_VIEW");

        ObjectNode bent = (ObjectNode) mapper.readTree(proof.body());
        ArrayNode hashes = (ArrayNode) bent.path("proof");
        if (!hashes.isEmpty()) {
            String first = hashes.get(0).asText();
            hashes.set(0, mapper.getNodeFactory().textNode((first.charAt(0) == '0' ? "1" : "0") + first.substring(1)));
            Run rewritten = offline("--keys", keys.toString(), "--older", keptFile.toString(), "--checkpoint", newerFile.toString(),
                    "--consistency", file("bent", bent.toString()).toString());
            assertThat(rewritten.out).contains("FAIL CONSISTENCY_PROOF_INVALID");
        }
    }

    @Test
    void anInclusionProofByCommandIdVerifiesOfflineAndNotForAChangedFieldValue() throws Exception {
        String commandId = record("RaiseRisk", "{\"riskId\":\"" + LedgerClient.newId("risk") + "\",\"collaborationId\":\""
                + programme + "\",\"description\":\"Costs not finalised\"}");
        var proofs = as("auditor").get("/api/integrity/proofs/inclusion?commandId=" + commandId);
        assertThat(proofs.status()).as("%s", proofs).isEqualTo(200);
        JsonNode proof = proofs.json().get(0);
        assertThat(proof.path("leafData").asText()).startsWith(LeafData.VERSION + "\n").doesNotContain("Costs not finalised");
        Run ok = offline("--keys", keys.toString(), "--inclusion", file("inclusion", proofs.body()).toString());
        assertThat(ok.status).as(ok.out).isZero();
        assertThat(ok.out).contains("OK inclusion: event " + proof.path("eventId").asText());
        assertThat(as(null).get("/api/integrity/proofs/inclusion?commandId=" + commandId).status()).as("auditors only").isEqualTo(401);

        // The auditor's opening of the same leaf: a changed value gives another commitment, hence another leaf.
        JsonNode opening = as("auditor").get("/api/integrity/leaves/" + proof.path("eventId").asText()).json();
        LeafOpenings.Opening open = new ObjectMapper().treeToValue(opening, LeafOpenings.Opening.class);
        assertThat(new String(LeafOpenings.leafData(open), StandardCharsets.UTF_8)).isEqualTo(proof.path("leafData").asText());
        List<LeafOpenings.Field> changed = new ArrayList<>();
        for (LeafOpenings.Field field : open.fields()) {
            changed.add(field.name().equals("payload.description")
                    ? new LeafOpenings.Field(field.name(), "\"Costs finalised\"", field.salt(), null) : field);
        }
        String changedLeaf = new String(LeafOpenings.leafData(new LeafOpenings.Opening(open.leafIndex(), open.header(), changed)),
                StandardCharsets.UTF_8);
        ObjectNode forged = ((ObjectNode) proof.deepCopy()).put("leafData", changedLeaf);
        Run refused = offline("--keys", keys.toString(), "--inclusion", file("changed", forged.toString()).toString());
        assertThat(refused.status).isEqualTo(1);
        assertThat(refused.out).contains("FAIL INCLUSION_PROOF_INVALID");
    }

    @Test
    void anFoiPackProvesItselfOfflineWithoutWithheldTextOrItsSaltAndRefusesAnAlteredCommitment() throws Exception {
        var pack = as("foi").get("/api/foi/decision-history?collaboration=" + programme);
        assertThat(pack.status()).as("%s", pack).isEqualTo(200);
        assertThat(pack.body()).doesNotContain(PASSAGE).doesNotContain(PART_TWO);
        for (String salt : saltsOfWithheldFields()) {
            assertThat(pack.body()).as("a withheld field's salt").doesNotContain(salt);
        }
        JsonNode decision = pack.json().path("decisions").get(0);
        assertThat(decision.path("proof").path("demoKey").asBoolean()).isTrue();
        assertThat(decision.path("proof").path("warning").asText()).contains("DEMO");
        Run ok = offline("--keys", keys.toString(), "--pack", file("pack", pack.body()).toString());
        assertThat(ok.status).as(ok.out).isZero();
        assertThat(ok.out).contains("OK pack: 1 decisions checked");

        ObjectNode altered = (ObjectNode) pack.json().deepCopy();
        ObjectNode withheld = firstField(altered, f -> f.has("commitment") && f.path("name").asText().equals("payload.content"));
        withheld.put("commitment", MerkleTreeTest.hex(MerkleHash.leaf("other".getBytes())));
        Run refused = offline("--keys", keys.toString(), "--pack", file("altered", altered.toString()).toString());
        assertThat(refused.status).isEqualTo(1);
        assertThat(refused.out).contains("FAIL COMMITMENT_MISMATCH").contains("PartTwoAttached");

        ObjectNode relabelled = (ObjectNode) pack.json().deepCopy();
        ObjectNode reasons = firstField(relabelled, f -> f.path("name").asText().equals("payload.reasons") && f.has("value"));
        reasons.put("value", "\"Refused\"");
        assertThat(offline("--keys", keys.toString(), "--pack", file("relabelled", relabelled.toString()).toString()).out)
                .contains("FAIL COMMITMENT_MISMATCH");
    }

    @Test
    void erasingAPersonalDataFieldsSaltLeavesEveryProofValid() throws Exception {
        String commandId = record("RaiseRisk", "{\"riskId\":\"" + LedgerClient.newId("risk") + "\",\"collaborationId\":\""
                + programme + "\",\"description\":\"Raised by a named officer\"}");
        JsonNode proof = as("auditor").get("/api/integrity/proofs/inclusion?commandId=" + commandId).json().get(0);
        long leaf = proof.path("leafIndex").asLong();
        String salts = jdbc.queryForObject("SELECT salts::text FROM field_salt WHERE leaf_index = ?", String.class, leaf);
        try {
            jdbc.update("UPDATE field_salt SET salts = salts - 'metadata.recordedBy' WHERE leaf_index = ?", leaf);
            JsonNode report = as("auditor").get("/api/integrity/verify").json();
            assertThat(report.path("status").asText()).as("%s", report).isEqualTo("OK");
            assertThat(report.path("erasedFields").asLong()).isPositive();
            JsonNode opening = as("auditor").get("/api/integrity/leaves/" + proof.path("eventId").asText()).json();
            JsonNode erased = null;
            for (JsonNode field : opening.path("fields")) {
                erased = field.path("name").asText().equals("metadata.recordedBy") ? field : erased;
            }
            assertThat(erased).isNotNull();
            assertThat(erased.has("commitment")).as("the erased field is a bare commitment now").isTrue();
            assertThat(erased.has("value")).isFalse();
            JsonNode again = as("auditor").get("/api/integrity/proofs/inclusion?commandId=" + commandId).json().get(0);
            assertThat(again.path("leafData").asText()).isEqualTo(proof.path("leafData").asText());
            assertThat(offline("--keys", keys.toString(), "--inclusion", file("erased", again.toString()).toString()).status).isZero();
        } finally {
            jdbc.update("UPDATE field_salt SET salts = ?::jsonb WHERE leaf_index = ?", salts, leaf);
        }
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

    private List<String> saltsOfWithheldFields() throws Exception {
        List<String> salts = new ArrayList<>();
        for (String json : jdbc.queryForList("SELECT f.salts::text FROM field_salt f JOIN log_leaf l ON l.leaf_index = f.leaf_index "
                + "JOIN domainevententry d ON d.globalindex = l.global_index WHERE d.aggregateidentifier = ?", String.class, reference)) {
            JsonNode node = mapper.readTree(json);
            for (String withheld : List.of("payload.content", "payload.passage", "metadata.recordedBy")) {
                if (node.has(withheld)) {
                    salts.add(node.path(withheld).asText());
                }
            }
        }
        assertThat(salts).isNotEmpty();
        return salts;
    }

    private static ObjectNode firstField(ObjectNode pack, java.util.function.Predicate<JsonNode> which) {
        for (JsonNode event : pack.path("decisions").get(0).path("proof").path("events")) {
            for (JsonNode field : event.path("leaf").path("fields")) {
                if (which.test(field)) {
                    return (ObjectNode) field;
                }
            }
        }
        throw new AssertionError("no such field in the pack");
    }

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

    private static Path file(String name, String content) throws Exception {
        Path file = Files.createTempFile(name, ".txt");
        file.toFile().deleteOnExit();
        Files.writeString(file, content);
        return file;
    }

    private record Run(int status, String out) {
    }

    private static Run offline(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = OfflineVerify.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8));
    }
}
