package uk.police.collaboration.ledger.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.police.collaboration.ledger.support.LedgerClient;
import uk.police.collaboration.ledger.support.LedgerIntegrationTest;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input is refused with a problem+json answer that does not repeat what was sent, writes no
 * event and loses none already written.
 */
@LedgerIntegrationTest
class HostileInputTest {

    /** Appears in every hostile body so the test can see whether the answer echoes it. */
    private static final String MARKER = "zzHOSTILEzz";
    private static final String JSON = "application/json";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCommandBodyOverOneMegabyteIsRefusedWith413() {
        String huge = MARKER + "x".repeat(1_100_000);
        refused(413, "PAYLOAD_TOO_LARGE", () -> command("RegisterCollaboration", registration("too-large", huge)));
    }

    @Test
    void aCommandBodyOverTheLimitSentWithoutALengthIsRefusedWith413() {
        byte[] body = envelope(LedgerClient.newId("chunked"), registration("chunked", MARKER + "x".repeat(1_100_000)))
                .getBytes(StandardCharsets.UTF_8);
        refused(413, "PAYLOAD_TOO_LARGE", () -> http().postChunked(Callers.SECRETARIAT, "/api/commands/RegisterCollaboration", JSON, body));
    }

    @Test
    void aJournalOverTwentyMegabytesIsRefusedWholeWith413() {
        String line = journalLine(LedgerClient.newId("journal-line"), registration(LedgerClient.newId("journal"), "A valid line")) + "\n";
        StringBuilder journal = new StringBuilder(line);
        String comment = "# " + MARKER + " " + "x".repeat(1000) + "\n";
        while (journal.length() < 21 * 1024 * 1024) {
            journal.append(comment);
        }
        byte[] body = journal.toString().getBytes(StandardCharsets.UTF_8);
        // Sent without a length, so that the first (valid) line could be imported if the limit were checked late.
        refused(413, "PAYLOAD_TOO_LARGE", () -> http().postChunked(Callers.SECRETARIAT, "/api/journal", "application/x-ndjson", body));
    }

    @Test
    void aJournalOverTwentyMegabytesWithItsLengthDeclaredIsRefusedUnread() {
        String journal = ("# " + MARKER + " " + "x".repeat(1000) + "\n").repeat(21 * 1024);
        refused(413, "PAYLOAD_TOO_LARGE", () -> http().post(Callers.SECRETARIAT, "/api/journal", "application/x-ndjson", journal));
    }

    @Test
    void hostileJournalLinesAreRefusedOneByOneAndWriteNothing() {
        long eventsBefore = count("domainevententry");
        String journal = String.join("\n",
                journalLine(LedgerClient.newId("j-ctl"), registration(LedgerClient.newId("j-ctl"), MARKER + "\\u0000")),
                journalLine(LedgerClient.newId("j-dup"), registration("j-dup", "T")).replaceFirst("\\{", "{\"commandId\":\"" + MARKER + "\","),
                "[".repeat(100) + "]".repeat(100),
                "{\"" + MARKER + "\":1}");

        var answer = http().post(Callers.SECRETARIAT, "/api/journal?onRefusal=CONTINUE", "application/x-ndjson", journal);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode report = json(answer.body());
        assertThat(report.path("accepted").asInt()).as(answer.body()).isZero();
        assertThat(report.path("refused").asInt()).as(answer.body()).isEqualTo(4);
        assertThat(report.path("lines").get(0).path("code").asText()).isEqualTo("CONTROL_CHARACTER");
        assertThat(answer.body()).doesNotContain(MARKER);
        assertThat(count("domainevententry")).isEqualTo(eventsBefore);
    }

    @Test
    void aJournalOfSeveralMegabytesIsAccepted() {
        String line = journalLine(LedgerClient.newId("big-journal"), registration(LedgerClient.newId("big-journal"), "Line")) + "\n";
        String journal = line + ("# " + "x".repeat(1000) + "\n").repeat(3000);
        var answer = http().post(Callers.SECRETARIAT, "/api/journal", "application/x-ndjson", journal);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(json(answer.body()).path("accepted").asInt()).as(answer.body()).isEqualTo(1);
    }

    @Test
    void jsonNestedTooDeeplyIsRefused() {
        String deep = "[".repeat(100) + "\"" + MARKER + "\"" + "]".repeat(100);
        refused(400, "MALFORMED_REQUEST", () -> command("RegisterCollaboration",
                "{\"collaborationId\":\"deep\",\"title\":" + deep + "}"));
    }

    @Test
    void aStringLongerThanTheLedgerReadsIsRefused() {
        refused(400, "MALFORMED_REQUEST", () -> command("RegisterCollaboration",
                registration("long-string", MARKER + "y".repeat(250_000))));
    }

    @Test
    void wrongTypesAreRefused() {
        refused(400, "MALFORMED_REQUEST", () -> http().post(Callers.SECRETARIAT, "/api/commands/RegisterCollaboration", JSON,
                "{\"commandId\":12345,\"effectiveOn\":\"2018-03-01\",\"source\":{\"reference\":\"" + MARKER + "\"},\"payload\":{}}"));
        refused(400, "MALFORMED_COMMAND", () -> command("RegisterCollaboration",
                "{\"collaborationId\":\"wrong-type\",\"title\":\"T\",\"scope\":\"S\",\"parties\":\"" + MARKER + "\"}"));
    }

    @Test
    void unknownPropertiesAreRefusedWithoutRepeatingTheirNames() {
        refused(400, "MALFORMED_REQUEST", () -> http().post(Callers.SECRETARIAT, "/api/commands/RegisterCollaboration", JSON,
                envelope(LedgerClient.newId("unknown"), registration("unknown", "T")).replaceFirst("\\{", "{\"" + MARKER + "<script>\":1,")));
        refused(400, "UNKNOWN_PROPERTY", () -> command("RegisterCollaboration",
                registration("unknown-in-payload", "T").replaceFirst("\\{", "{\"" + MARKER + "<b>\":1,")));
    }

    @Test
    void duplicateKeysAreRefused() {
        refused(400, "MALFORMED_REQUEST", () -> command("RegisterCollaboration",
                "{\"collaborationId\":\"dup\",\"collaborationId\":\"" + MARKER + "\",\"title\":\"T\",\"scope\":\"S\",\"parties\":[]}"));
        refused(400, "MALFORMED_REQUEST", () -> http().post(Callers.SECRETARIAT, "/api/commands/RegisterCollaboration", JSON,
                envelope(LedgerClient.newId("dup"), registration("dup-envelope", "T")).replaceFirst("\\{", "{\"effectiveOn\":\"" + MARKER + "\",")));
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedWith415() {
        refused(415, "UNSUPPORTED_MEDIA_TYPE", () -> http().post(Callers.SECRETARIAT, "/api/commands/RegisterCollaboration",
                "text/plain", envelope(LedgerClient.newId("plain"), registration("plain", MARKER))));
        refused(415, "UNSUPPORTED_MEDIA_TYPE", () -> http().post(Callers.SECRETARIAT, "/api/journal", JSON, "{\"" + MARKER + "\":1}"));
    }

    @Test
    void numbersOutOfRangeAreRefused() {
        refused(400, "MALFORMED_COMMAND", () -> command("ProposeOption", proposal("99999999999")));
        refused(400, "MALFORMED_REQUEST", () -> command("ProposeOption", proposal("9".repeat(60))));
        refused(400, "MALFORMED_COMMAND", () -> command("ProposeOption", proposal("1e999999999")));
    }

    @Test
    void controlCharactersInTextAreRefused() {
        refused(400, "CONTROL_CHARACTER", () -> command("RegisterCollaboration", registration("nul", MARKER + "\\u0000")));
        refused(400, "CONTROL_CHARACTER", () -> command("RegisterCollaboration", registration("escape", MARKER + "\\u001b[31m")));
        refused(400, "CONTROL_CHARACTER", () -> http().post(Callers.SECRETARIAT, "/api/commands/RegisterCollaboration", JSON,
                envelope(LedgerClient.newId("ctl"), registration("source-ctl", "T")).replace("\"TEST/1\"", "\"TEST\\u0007" + MARKER + "\"")));
    }

    @Test
    void lineBreaksAndTabsInTextAreKept() {
        String id = LedgerClient.newId("line-breaks");
        var answer = command(id, "RegisterCollaboration", registration(id, "First line\\nSecond\\tcolumn\\r\\n"));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    }

    /** Sends the hostile request and checks the refusal and that the event store is as it was. */
    private void refused(int status, String code, Supplier<HttpResponse<String>> hostile) {
        long eventsBefore = count("domainevententry");
        long commandsBefore = count("command_log");

        HttpResponse<String> answer = hostile.get();

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = json(answer.body());
        assertThat(problem.path("code").asText()).as(answer.body()).isEqualTo(code);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(answer.body()).as("the refusal does not echo the input").doesNotContain(MARKER).doesNotContain("<script>");
        assertThat(count("domainevententry")).as("events written").isEqualTo(eventsBefore);
        assertThat(count("command_log")).as("commands recorded").isEqualTo(commandsBefore);
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
    }

    private HttpResponse<String> command(String name, String payload) {
        return command(LedgerClient.newId("hostile"), name, payload);
    }

    private HttpResponse<String> command(String commandId, String name, String payload) {
        return http().post(Callers.SECRETARIAT, "/api/commands/" + name, JSON, envelope(commandId, payload));
    }

    private RawHttp http() {
        return new RawHttp(port);
    }

    private static String envelope(String commandId, String payload) {
        return "{\"commandId\":\"" + commandId + "\",\"effectiveOn\":\"2018-03-01\",\"source\":{\"reference\":\"TEST/1\"},"
                + "\"payload\":" + payload + "}";
    }

    private static String journalLine(String commandId, String payload) {
        return envelope(commandId, payload).replaceFirst("\\{", "{\"command\":\"RegisterCollaboration\",");
    }

    /** A valid registration whose title is {@code title} (already JSON-escaped). */
    private static String registration(String id, String title) {
        return "{\"collaborationId\":\"" + id + "\",\"title\":\"" + title + "\",\"scope\":\"Hostile input test\","
                + "\"parties\":[{\"partyId\":\"kent-police\",\"name\":\"Kent Police\",\"kind\":\"FORCE\",\"corporationSole\":false}],"
                + "\"leadPartyId\":null,\"leadOfficer\":null}";
    }

    private static String proposal(String minMonths) {
        return "{\"appraisalId\":\"hostile-appraisal\",\"optionId\":\"option-1\",\"title\":\"" + MARKER + "\",\"description\":\"D\","
                + "\"timescale\":{\"minMonths\":" + minMonths + ",\"maxMonths\":24,\"from\":\"2018-01-01\"},\"doNothing\":false}";
    }

    private static JsonNode json(String body) {
        try {
            return new ObjectMapper().readTree(body);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }
}
