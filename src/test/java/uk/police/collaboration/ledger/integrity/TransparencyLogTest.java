package uk.police.collaboration.ledger.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.police.collaboration.ledger.support.LedgerClient;
import uk.police.collaboration.ledger.support.LedgerIntegrationTest;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The transparency log end to end: what the server exports, checked by the offline verifier with
 * nothing but the public keys and the files: checkpoints, their consistency, inclusion proofs, the
 * FOI pack and erasure of a salt. Forged rows and what sealing costs: InTransactionSealingTest.
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
    SigningKeys signingKeys;

    final ObjectMapper mapper = new ObjectMapper();
    String programme;
    String reference;
    Path keys;

    LedgerClient as(String role) {
        return LedgerClient.demo(port, role);
    }

    String record(String command, String payload) {
        return LedgerClient.recorded(port, command, "2018-07-16", payload);
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
