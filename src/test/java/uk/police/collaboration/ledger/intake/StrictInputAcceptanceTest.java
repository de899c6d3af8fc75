package uk.police.collaboration.ledger.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.police.collaboration.ledger.support.LedgerClient;
import uk.police.collaboration.ledger.support.LedgerIntegrationTest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Strict input over HTTP, on every door: each look-alike amount, id, text or date the hostile
 * tester found accepted is now refused with a problem+json naming its rule code and the field,
 * and writes nothing; the same rules hold for journal lines.
 */
@LedgerIntegrationTest
class StrictInputAcceptanceTest {

    private static final String JSON = "application/json";
    private static final String SECRETARIAT = "Basic " + Base64.getEncoder().encodeToString("secretariat:demo-secretariat".getBytes(StandardCharsets.UTF_8));
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private String programme;

    @BeforeEach
    void registerAProgramme() {
        programme = LedgerClient.newId("strict");
        HttpResponse<String> answer = post("/api/commands/RegisterCollaboration", JSON, envelope(LedgerClient.newId("c"), registration(programme, "\"Strict input\"")));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    }

    @ParameterizedTest(name = "amount {0} is refused with {1}")
    @CsvSource(delimiter = '|', value = {
            "1e400|INVALID_AMOUNT", "1E+3|INVALID_AMOUNT", "+100.00|INVALID_AMOUNT", "' 100.00'|INVALID_AMOUNT", "'100.00 '|INVALID_AMOUNT",
            "\u0661\u0660\u0660|INVALID_AMOUNT", "12345678901234567890123456789012345678901|INVALID_AMOUNT",
            "100.001|INVALID_AMOUNT", "1,000.00|INVALID_AMOUNT", "- 100.00|INVALID_AMOUNT",
            "1000000000000.00|AMOUNT_OUT_OF_RANGE", "-1000000000000.00|AMOUNT_OUT_OF_RANGE"})
    void lookAlikeAmountsAreRefused(String amount, String code) {
        refused(400, code, "payload.amount", () -> post("/api/commands/RequestFunding", JSON,
                envelope(LedgerClient.newId("f"), funding(LedgerClient.newId("fr"), "\"" + amount + "\""))));
    }

    @Test
    void aNegativeRequestIsRefusedByTheRequestsOwnRule() {
        HttpResponse<String> answer = post("/api/commands/RequestFunding", JSON,
                envelope(LedgerClient.newId("f"), funding(LedgerClient.newId("fr"), "\"-100.00\"")));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(422);
        assertThat(json(answer.body()).path("code").asText()).isEqualTo("AMOUNT_NOT_POSITIVE");
    }

    @Test
    void theLargestAmountIsAccepted() {
        HttpResponse<String> answer = post("/api/commands/RequestFunding", JSON,
                envelope(LedgerClient.newId("f"), funding(LedgerClient.newId("fr"), "\"999999999999.99\"")));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    }

    @ParameterizedTest(name = "id {0} is refused with {1}")
    @CsvSource(delimiter = '|', value = {"../../etc/passwd|INVALID_RECORD_ID", "'PFCC/100/2018 '|INVALID_RECORD_ID",
            "<script>|INVALID_RECORD_ID", "\\u202Eevil|BIDI_CONTROL", "kent police|INVALID_RECORD_ID",
            "/etc/passwd|INVALID_RECORD_ID", "a\\\\b|INVALID_RECORD_ID", "caf\\u00e9|INVALID_RECORD_ID"})
    void recordIdsOutsideTheRuleAreRefused(String jsonEscapedId, String code) {
        refused(400, code, "payload.collaborationId", () -> post("/api/commands/RegisterCollaboration", JSON,
                envelope(LedgerClient.newId("c"), registration(jsonEscapedId, "\"T\""))));
    }

    @Test
    void anIdInsideAListIsHeldToTheSameRule() {
        String payload = registration(LedgerClient.newId("nested"), "\"T\"").replace("\"partyId\":\"kent-police\"", "\"partyId\":\"../kent\"");
        refused(400, "INVALID_RECORD_ID", "payload.parties[0].partyId",
                () -> post("/api/commands/RegisterCollaboration", JSON, envelope(LedgerClient.newId("c"), payload)));
    }

    @Test
    void decisionReferencesWithSlashesAreRecordIds() {
        String reference = "PFCC/" + (int) (Math.random() * 1_000_000) + "/2018";
        HttpResponse<String> answer = post("/api/commands/RecordDecision", JSON, envelope(LedgerClient.newId("d"),
                "{\"reference\":\"" + reference + "\",\"collaborationId\":\"" + programme + "\",\"title\":\"T\",\"decisionMaker\":\"PFCC\","
                        + "\"reportAuthor\":\"A\",\"flaggedSignificant\":false}"));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    }

    @ParameterizedTest(name = "source reference {0} is refused")
    @CsvSource(delimiter = '|', value = {"'TEST/1 '|INVALID_REFERENCE", "../../etc/passwd|INVALID_REFERENCE",
            "<script>|INVALID_REFERENCE", "\\u202Ebad|BIDI_CONTROL", "a\\\\b|INVALID_REFERENCE"})
    void paperReferencesOutsideTheRuleAreRefused(String jsonEscaped, String code) {
        refused(400, code, "source.reference", () -> post("/api/commands/RegisterCollaboration", JSON,
                envelope(LedgerClient.newId("c"), registration(LedgerClient.newId("r"), "\"T\""))
                        .replace("\"reference\":\"TEST/1\"", "\"reference\":\"" + jsonEscaped + "\"")));
    }

    @ParameterizedTest(name = "text with {0} is refused with {1}")
    @CsvSource({"\\u007f, CONTROL_CHARACTER", "\\u0085, CONTROL_CHARACTER", "\\u202e, BIDI_CONTROL", "\\u2067, BIDI_CONTROL",
            "\\u200b, INVISIBLE_CHARACTER", "\\ufeff, INVISIBLE_CHARACTER", "\\ud800, UNPAIRED_SURROGATE"})
    void hiddenCharactersInTextAreRefused(String escaped, String code) {
        refused(400, code, "payload.title", () -> post("/api/commands/RegisterCollaboration", JSON,
                envelope(LedgerClient.newId("c"), registration(LedgerClient.newId("t"), "\"Title " + escaped + "\""))));
    }

    @ParameterizedTest(name = "effective date {0} is refused with {1}")
    @CsvSource({"0000-01-01, DATE_OUT_OF_RANGE", "1899-12-31, DATE_OUT_OF_RANGE", "+2018-01-01, INVALID_EFFECTIVE_DATE",
            "2018-1-01, INVALID_EFFECTIVE_DATE", "\u0662\u0660\u0661\u0668-01-01, INVALID_EFFECTIVE_DATE"})
    void effectiveDatesOutsideTheRangeAreRefused(String date, String code) {
        refused(400, code, "effectiveOn", () -> post("/api/commands/RegisterCollaboration", JSON,
                envelope(LedgerClient.newId("c"), registration(LedgerClient.newId("e"), "\"T\"")).replace("2018-03-01", date)));
    }

    @Test
    void aDateInsideThePayloadIsHeldToTheRange() {
        String appraisal = LedgerClient.newId("appraisal");
        assertThat(post("/api/commands/OpenAppraisal", JSON, envelope(LedgerClient.newId("a"), "{\"appraisalId\":\"" + appraisal
                + "\",\"collaborationId\":\"" + programme + "\",\"title\":\"A\",\"workstreamId\":null}")).statusCode()).isEqualTo(201);
        refused(400, "DATE_OUT_OF_RANGE", "payload.timescale.from", () -> post("/api/commands/ProposeOption", JSON,
                envelope(LedgerClient.newId("o"), "{\"appraisalId\":\"" + appraisal + "\",\"optionId\":\"option-1\",\"title\":\"O\","
                        + "\"description\":\"D\",\"timescale\":{\"minMonths\":1,\"maxMonths\":2,\"from\":\"2200-01-01\"},\"doNothing\":false}")));
    }

    @ParameterizedTest(name = "a body in {0} is refused")
    @CsvSource({"ISO-8859-1, application/json;charset=ISO-8859-1", "UTF-16, application/json; charset=UTF-16",
            "UTF-16LE, application/json", "UTF-16BE, application/json", "windows-1252, application/json;charset=windows-1252"})
    void bodiesThatAreNotUtf8AreRefusedWith415(String charset, String contentType) {
        byte[] body = envelope(LedgerClient.newId("c"), registration(LedgerClient.newId("u"), "\"Caf\u00e9\"")).getBytes(Charset.forName(charset));
        refused(415, "UNSUPPORTED_CHARSET", null, () -> post("/api/commands/RegisterCollaboration", contentType, body));
    }

    @Test
    void aJournalDeclaredInLatin1IsRefusedWith415() {
        byte[] line = journalLine("RegisterCollaboration", LedgerClient.newId("j"), registration(LedgerClient.newId("j"), "\"Caf\u00e9\""))
                .getBytes(StandardCharsets.ISO_8859_1);
        refused(415, "UNSUPPORTED_CHARSET", null, () -> post("/api/journal", "application/x-ndjson; charset=ISO-8859-1", line));
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() {
        byte[] body = envelope(LedgerClient.newId("c"), registration(LedgerClient.newId("b"), "\"Caf\u00e9\"")).getBytes(StandardCharsets.ISO_8859_1);
        refused(400, "MALFORMED_REQUEST", null, () -> post("/api/commands/RegisterCollaboration", JSON, body));
        refused(400, "INVALID_UTF8", null, () -> post("/api/journal", "application/x-ndjson",
                journalLine("RegisterCollaboration", LedgerClient.newId("j"), registration(LedgerClient.newId("j"), "\"Caf\u00e9\""))
                        .getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void aUtf8BodyDeclaredAsUtf8IsAccepted() {
        HttpResponse<String> answer = post("/api/commands/RegisterCollaboration", "application/json; charset=UTF-8",
                envelope(LedgerClient.newId("c"), registration(LedgerClient.newId("ok"), "\"Caf\u00e9 \u2013 Cyngor Sir G\u00e2r\"")));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    }

    @Test
    void aJournalLineIsHeldToTheSameRules() {
        String journal = String.join("\n",
                journalLine("RequestFunding", LedgerClient.newId("j"), funding(LedgerClient.newId("fr"), "\"1e400\"")),
                journalLine("RegisterCollaboration", LedgerClient.newId("j"), registration("../../etc/passwd", "\"T\"")),
                journalLine("RegisterCollaboration", LedgerClient.newId("j"), registration(LedgerClient.newId("j"), "\"T\\u202e\"")));
        long eventsBefore = count("domainevententry");

        HttpResponse<String> answer = post("/api/journal?onRefusal=CONTINUE", "application/x-ndjson", journal);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode lines = json(answer.body()).path("lines");
        assertThat(lines.get(0).path("code").asText()).as(answer.body()).isEqualTo("INVALID_AMOUNT");
        assertThat(lines.get(0).path("fields").get(0).asText()).isEqualTo("payload.amount");
        assertThat(lines.get(1).path("code").asText()).isEqualTo("INVALID_RECORD_ID");
        assertThat(lines.get(2).path("code").asText()).isEqualTo("BIDI_CONTROL");
        assertThat(count("domainevententry")).isEqualTo(eventsBefore);
    }

    @ParameterizedTest(name = "a corrected amount {0} is refused with {1}")
    @CsvSource({"1e400, INVALID_AMOUNT", "-1000000000000.00, AMOUNT_OUT_OF_RANGE", "100.001, INVALID_AMOUNT"})
    void aCorrectionIsHeldToTheRulesOfTheEventItCorrects(String amount, String code) {
        String request = LedgerClient.newId("fr");
        HttpResponse<String> recorded = post("/api/commands/RequestFunding", JSON, envelope(LedgerClient.newId("f"), funding(request, "\"100.00\"")));
        String eventId = json(recorded.body()).path("eventIds").get(0).asText();

        refused(400, code, "payload.correctedFacts.amount", () -> post("/api/commands/CorrectRecord", JSON,
                envelope(LedgerClient.newId("k"), correction(request, eventId, "{\"amount\":\"" + amount + "\"}"))));
        HttpResponse<String> honest = post("/api/commands/CorrectRecord", JSON,
                envelope(LedgerClient.newId("k"), correction(request, eventId, "{\"amount\":\"120.00\"}")));
        assertThat(honest.statusCode()).as(honest.body()).isEqualTo(201);
    }

    @Test
    void everySeedJournalLineWasImported() throws IOException {
        var resolver = new org.springframework.core.io.support.PathMatchingResourcePatternResolver();
        int lines = 0;
        for (var journal : resolver.getResources("classpath:journals/*.ndjson")) {
            for (String line : new String(journal.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.strip().startsWith("#")) {
                    continue;
                }
                String commandId = MAPPER.readTree(line).path("commandId").asText();
                assertThat(count("command_log WHERE command_id = '" + commandId.replace("'", "''") + "'"))
                        .as("%s line %s imported", journal.getFilename(), commandId).isEqualTo(1);
                lines++;
            }
        }
        assertThat(lines).isGreaterThan(100);
    }

    @Test
    void aResubmissionLeavingNullPropertiesOutAnswersAsTheFirstTime() {
        String id = LedgerClient.newId("nulls");
        String commandId = LedgerClient.newId("c");
        HttpResponse<String> first = post("/api/commands/RegisterCollaboration", JSON, envelope(commandId, registration(id, "\"T\"")));
        String withoutNulls = envelope(commandId, registration(id, "\"T\"").replace(",\"leadPartyId\":null,\"leadOfficer\":null", ""))
                .replace("\"section\":null,", "");

        HttpResponse<String> again = post("/api/commands/RegisterCollaboration", JSON, withoutNulls);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(json(again.body()).path("eventIds")).isEqualTo(json(first.body()).path("eventIds"));
    }

    @Test
    void aJournalResubmissionNamingAnotherAuthorIsAConflict() {
        String id = LedgerClient.newId("author");
        String commandId = LedgerClient.newId("c");
        String line = journalLine("RegisterCollaboration", commandId, registration(id, "\"T\""));
        String withAuthor = line.replaceFirst("\\{", "{\"recordedBy\":\"Jane Swinburne\",");

        JsonNode first = json(post("/api/journal", "application/x-ndjson", line).body());
        JsonNode same = json(post("/api/journal", "application/x-ndjson", line).body());
        JsonNode another = json(post("/api/journal", "application/x-ndjson", withAuthor).body());

        assertThat(first.path("accepted").asInt()).as(first.toString()).isEqualTo(1);
        assertThat(same.path("accepted").asInt()).as(same.toString()).isEqualTo(1);
        assertThat(another.path("lines").get(0).path("code").asText()).as(another.toString()).isEqualTo("COMMAND_ID_REUSED");
    }

    private void refused(int status, String code, String field, java.util.function.Supplier<HttpResponse<String>> hostile) {
        long eventsBefore = count("domainevententry");
        long commandsBefore = count("command_log");

        HttpResponse<String> answer = hostile.get();

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        JsonNode problem = json(answer.body());
        assertThat(problem.path("code").asText()).as(answer.body()).isEqualTo(code);
        if (field != null) {
            assertThat(problem.path("fields").get(0).asText()).as(answer.body()).isEqualTo(field);
        }
        assertThat(answer.body()).doesNotContain("<script>").doesNotContain("etc/passwd");
        assertThat(count("domainevententry")).as("events written").isEqualTo(eventsBefore);
        assertThat(count("command_log")).as("commands recorded").isEqualTo(commandsBefore);
    }

    private long count(String tableAndCondition) {
        return jdbc.queryForObject("SELECT count(*) FROM " + tableAndCondition, Long.class);
    }

    private HttpResponse<String> post(String path, String contentType, String body) {
        return post(path, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String path, String contentType, byte[] body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", contentType).header("Authorization", SECRETARIAT)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String envelope(String commandId, String payload) {
        return "{\"commandId\":\"" + commandId + "\",\"effectiveOn\":\"2018-03-01\",\"source\":{\"reference\":\"TEST/1\",\"section\":null},"
                + "\"payload\":" + payload + "}";
    }

    private static String journalLine(String command, String commandId, String payload) {
        return envelope(commandId, payload).replaceFirst("\\{", "{\"command\":\"" + command + "\",");
    }

    /** A valid registration; {@code id} and {@code title} are written into the JSON as given (already escaped). */
    private static String registration(String id, String title) {
        return "{\"collaborationId\":\"" + id + "\",\"title\":" + title + ",\"scope\":\"Strict input test\","
                + "\"parties\":[{\"partyId\":\"kent-police\",\"name\":\"Kent Police\",\"kind\":\"FORCE\",\"corporationSole\":false}],"
                + "\"leadPartyId\":null,\"leadOfficer\":null}";
    }

    private String funding(String requestId, String amount) {
        return "{\"fundingRequestId\":\"" + requestId + "\",\"collaborationId\":\"" + programme + "\",\"amount\":" + amount
                + ",\"financialYear\":\"2018/19\",\"purpose\":\"Strict input\"}";
    }

    private static String correction(String recordId, String eventId, String facts) {
        return "{\"correctionId\":\"" + LedgerClient.newId("corr") + "\",\"recordId\":\"" + recordId + "\",\"eventId\":\""
                + eventId + "\",\"whatWasWrong\":\"The amount was misread\",\"correctedFacts\":" + facts + "}";
    }

    private static JsonNode json(String body) {
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }
}
