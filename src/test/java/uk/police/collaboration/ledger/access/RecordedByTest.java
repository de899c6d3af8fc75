package uk.police.collaboration.ledger.access;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.police.collaboration.ledger.support.LedgerClient;
import uk.police.collaboration.ledger.support.LedgerIntegrationTest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** "Recorded by" is whoever signed in; a journal line's name is kept only as the paper's original author, an API body may not name one. */
@LedgerIntegrationTest
class RecordedByTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCommandIsRecordedByTheSignedInUser() {
        String id = LedgerClient.newId("recorded-by");
        String body = "{\"commandId\":\"" + id + "\",\"effectiveOn\":\"2018-03-01\","
                + "\"source\":{\"reference\":\"TEST/1\"},\"payload\":" + registration(id) + "}";

        var answer = Callers.SECRETARIAT.client(port).post("/api/commands/RegisterCollaboration", "application/json", body);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        Map<String, Object> row = ledgerEventOf(id);
        assertThat(row.get("recorded_by")).isEqualTo("secretariat");
        assertThat(row.get("original_author")).isNull();
        assertThat(jdbc.queryForObject("SELECT recorded_by FROM command_log WHERE command_id = ?", String.class, id))
                .isEqualTo("secretariat");
    }

    @Test
    void anApiBodyNamingWhoRecordedItIsRefused() {
        String id = LedgerClient.newId("recorded-by-body");
        String body = "{\"commandId\":\"" + id + "\",\"effectiveOn\":\"2018-03-01\",\"recordedBy\":\"Someone Else\","
                + "\"source\":{\"reference\":\"TEST/1\"},\"payload\":" + registration(id) + "}";

        var answer = Callers.SECRETARIAT.client(port).post("/api/commands/RegisterCollaboration", "application/json", body);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.json().get("code").asText()).isEqualTo("RECORDED_BY_NOT_ACCEPTED");
        assertThat(answer.json().get("fields").get(0).asText()).isEqualTo("recordedBy");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM command_log WHERE command_id = ?", Long.class, id)).isZero();
    }

    @Test
    void aJournalLineIsRecordedByTheSignedInUserAndKeepsItsAuthorAsOriginalAuthor() {
        String id = LedgerClient.newId("journal-recorded-by");
        String line = "{\"command\":\"RegisterCollaboration\",\"commandId\":\"" + id + "\",\"effectiveOn\":\"2018-03-01\","
                + "\"recordedBy\":\"Jane Swinburne\",\"source\":{\"reference\":\"TEST/2\"},\"payload\":" + registration(id) + "}\n";

        var answer = Callers.SECRETARIAT.client(port).post("/api/journal", "application/x-ndjson", line);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().get("accepted").asInt()).as(answer.toString()).isEqualTo(1);
        Map<String, Object> row = ledgerEventOf(id);
        assertThat(row.get("recorded_by")).isEqualTo("secretariat");
        assertThat(row.get("original_author")).isEqualTo("Jane Swinburne");
    }

    private static String registration(String id) {
        return "{\"collaborationId\":\"" + id + "\",\"title\":\"Recorded-by test\",\"scope\":\"Who recorded this\","
                + "\"parties\":[{\"partyId\":\"kent-police\",\"name\":\"Kent Police\",\"kind\":\"FORCE\",\"corporationSole\":false}],"
                + "\"leadPartyId\":null,\"leadOfficer\":null}";
    }

    /** The ledger log row of the command's first event, once the projection has caught up. */
    private Map<String, Object> ledgerEventOf(String commandId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            List<Map<String, Object>> rows = jdbc.queryForList(
                    "SELECT recorded_by, original_author FROM ledger_event WHERE command_id = ? ORDER BY global_index", commandId);
            if (!rows.isEmpty()) {
                return rows.get(0);
            }
            assertThat(Instant.now()).as("ledger log caught up with " + commandId).isBefore(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
