package uk.police.collaboration.ledger.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.police.collaboration.ledger.support.LedgerClient;
import uk.police.collaboration.ledger.support.LedgerIntegrationTest;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reply lost on the way back: the caller sends a command and hangs up before the answer. Asked
 * again with the same command id, the ledger answers as for a command it already holds (or records
 * it now if the first never arrived), and in either case holds it exactly once; every further
 * resubmission answers the same.
 */
@Tag("faults")
@LedgerIntegrationTest
class LostReplyTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    final ObjectMapper mapper = new ObjectMapper();

    @Test
    void aCommandWhoseReplyWasLostIsHeldOnceAndEveryRetryAnswersTheSame() throws Exception {
        String programme = LedgerClient.newId("lost-reply");
        String commandId = "cmd-" + programme;
        String body = "{\"commandId\":\"" + commandId + "\",\"effectiveOn\":\"2018-02-19\","
                + "\"source\":{\"reference\":\"FAULTS/1\",\"section\":\"1\",\"title\":\"Fault suite\"},\"payload\":"
                + FaultClient.programme(programme) + "}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/commands/RegisterCollaboration HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Basic "
                    + Base64.getEncoder().encodeToString("secretariat:demo-secretariat".getBytes(StandardCharsets.UTF_8))
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.flush();
        }   // hung up without reading the answer: the reply is lost

        FaultClient client = new FaultClient(port, Duration.ofSeconds(30));
        FaultClient.Answer retry = client.command("RegisterCollaboration", commandId, FaultClient.programme(programme));
        assertThat(retry.status()).as("%s", retry).isIn(200, 201);
        FaultClient.Answer again = client.command("RegisterCollaboration", commandId, FaultClient.programme(programme));
        assertThat(again.status()).isEqualTo(200);
        JsonNode first = mapper.readTree(retry.body());
        JsonNode second = mapper.readTree(again.body());
        assertThat(second.get("eventIds")).isEqualTo(first.get("eventIds"));
        assertThat(second.get("replayed").asBoolean()).isTrue();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?", Long.class, programme))
                .as("held exactly once").isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM command_log WHERE command_id = ?", Long.class, commandId)).isEqualTo(1);
        System.out.printf("FAULT lost reply: the retry answered %d (%s), every later resubmission 200 with the same event ids%n",
                retry.status(), retry.status() == 200 ? "the first had been recorded" : "the first had not arrived");
    }
}
