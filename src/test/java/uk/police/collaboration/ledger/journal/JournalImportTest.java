package uk.police.collaboration.ledger.journal;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

import static org.assertj.core.api.Assertions.assertThat;

/** Journals over HTTP and from the command line: per-line answers, stop or go on. */
@LedgerIntegrationTest
class JournalImportTest {

    @LocalServerPort
    int port;
    @Autowired
    ImportCommandLine commandLine;
    @Autowired
    JdbcTemplate jdbc;

    static String line(String command, String commandId, String date, String payload) {
        return "{\"command\":\"" + command + "\",\"commandId\":\"" + commandId + "\",\"effectiveOn\":\"" + date + "\","
                + "\"source\":{\"reference\":\"D09-2018\",\"section\":\"5. Risk assessment\",\"title\":\"Single Online Home\"},"
                + "\"payload\":" + payload + "}";
    }

    static String journal(String programme, String secondRiskProgramme) {
        String p = "{\"collaborationId\":\"" + programme + "\",\"title\":\"Single Online Home\",\"scope\":\"Website\","
                + "\"parties\":[{\"partyId\":\"glos-cc\",\"name\":\"Chief Constable of Gloucestershire\",\"kind\":\"CHIEF_CONSTABLE\",\"corporationSole\":true}],"
                + "\"leadPartyId\":\"glos-cc\",\"leadOfficer\":null}";
        return String.join("\n",
                "# Gloucestershire risks, as a journal",
                line("RegisterCollaboration", programme + "-1", "2018-02-19", p),
                "",
                line("RaiseRisk", programme + "-2", "2018-03-22", risk(programme + "-risk-a", programme)),
                line("RaiseRisk", programme + "-3", "2018-03-22", risk(programme + "-risk-b", secondRiskProgramme)),
                line("RaiseRisk", programme + "-4", "2018-03-22", risk(programme + "-risk-c", programme)),
                "this line is not json") + "\n";
    }

    static String risk(String riskId, String programme) {
        return "{\"riskId\":\"" + riskId + "\",\"collaborationId\":\"" + programme + "\",\"label\":\"a\","
                + "\"description\":\"No proven metrics\",\"likelihood\":null,\"impact\":null,\"owner\":null}";
    }

    @Test
    void importStopsAtTheFirstRefusedLineByDefaultAndKeepsWhatCameBefore() {
        String programme = LedgerClient.newId("soh");
        var response = new LedgerClient(port).as("secretariat", "demo-secretariat").post("/api/journal", "application/x-ndjson", journal(programme, "unknown-programme"));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode report = response.json();
        assertThat(report.get("accepted").asInt()).isEqualTo(2);
        assertThat(report.get("refused").asInt()).isEqualTo(1);
        assertThat(report.get("stoppedEarly").asBoolean()).isTrue();
        JsonNode refused = report.get("lines").get(2);
        assertThat(refused.get("line").asInt()).isEqualTo(5);
        assertThat(refused.get("status").asText()).isEqualTo("refused");
        assertThat(refused.get("code").asText()).isEqualTo("COLLABORATION_NOT_FOUND");
        assertThat(refused.get("rule").asText()).contains("unknown-programme");
        assertThat(report.get("lines").get(0).get("eventIds")).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?", Long.class,
                programme + "-risk-c")).isZero();
    }

    @Test
    void importGoesOnPastRefusalsWhenAskedAndAnswersEveryLine() {
        String programme = LedgerClient.newId("soh");
        var response = new LedgerClient(port).as("secretariat", "demo-secretariat").post("/api/journal?onRefusal=CONTINUE", "application/x-ndjson",
                journal(programme, "unknown-programme"));

        JsonNode report = response.json();
        assertThat(report.get("accepted").asInt()).isEqualTo(3);
        assertThat(report.get("refused").asInt()).isEqualTo(2);
        assertThat(report.get("lines").get(4).get("line").asInt()).isEqualTo(7);
        assertThat(report.get("lines").get(4).get("code").asText()).isEqualTo("MALFORMED_LINE");
    }

    @Test
    void reimportingTheSameJournalWritesNothingNew() {
        String programme = LedgerClient.newId("soh");
        String journal = journal(programme, programme);
        new LedgerClient(port).as("secretariat", "demo-secretariat").post("/api/journal?onRefusal=CONTINUE", "application/x-ndjson", journal);
        long before = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);

        JsonNode again = new LedgerClient(port).as("secretariat", "demo-secretariat").post("/api/journal?onRefusal=CONTINUE", "application/x-ndjson", journal).json();

        assertThat(again.get("accepted").asInt()).isEqualTo(4);
        assertThat(again.get("lines").get(0).get("replayed").asBoolean()).isTrue();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class)).isEqualTo(before);
    }

    @Test
    void theCommandLineImportPrintsOneResultPerLineAndFailsWhenALineIsRefused(@TempDir Path folder) throws Exception {
        String programme = LedgerClient.newId("soh");
        Path file = folder.resolve("journal.ndjson");
        Files.writeString(file, journal(programme, "unknown-programme"));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream original = System.out;
        int status;
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            status = commandLine.run(file.toString(), "--continue");
        } finally {
            System.setOut(original);
        }

        String output = printed.toString(StandardCharsets.UTF_8);
        assertThat(status).isEqualTo(1);
        assertThat(output.lines().filter(l -> l.startsWith("{"))).hasSize(5);
        assertThat(output).contains("3 accepted, 2 refused");
    }
}
