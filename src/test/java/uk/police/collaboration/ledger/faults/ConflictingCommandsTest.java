package uk.police.collaboration.ledger.faults;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.police.collaboration.ledger.support.LedgerClient;
import uk.police.collaboration.ledger.support.LedgerIntegrationTest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 50 commands at once on one risk, in one JVM. Each is answered recorded (201), refused as a
 * conflict (409 CONCURRENT_CHANGE) or as busy (503 LEDGER_BUSY: it waited the pool's whole
 * connection time-out) — never an error — and the risk's stream holds exactly the recorded ones. How many were refused is the figure issue 9 item 4 is about (spurious conflicts
 * inside one node); it is printed for docs/reliability.md rather than asserted here, since the
 * fix belongs to the intake (performance).
 */
@Tag("faults")
@LedgerIntegrationTest
class ConflictingCommandsTest {

    static final int COMMANDS = 50;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void fiftyConcurrentCommandsOnOneRiskAreEachRecordedOrRefusedAndNoRefusedOneIsWritten() throws Exception {
        FaultClient client = new FaultClient(port, Duration.ofSeconds(60));
        String programme = LedgerClient.newId("conflict");
        String risk = programme + "-risk";
        assertThat(client.command("RegisterCollaboration", "cmd-" + programme, FaultClient.programme(programme)).status()).isEqualTo(201);
        assertThat(client.command("RaiseRisk", "cmd-" + risk, "{\"riskId\":\"" + risk + "\",\"collaborationId\":\"" + programme
                + "\",\"description\":\"Fifty hands on one risk\"}").status()).isEqualTo(201);

        ExecutorService pool = Executors.newFixedThreadPool(COMMANDS);
        List<Future<FaultClient.Answer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < COMMANDS; i++) {
                String mitigation = "{\"riskId\":\"" + risk + "\",\"mitigation\":\"Mitigation " + i + "\"}";
                String commandId = "cmd-" + risk + "-mitigation-" + i;
                answers.add(pool.submit(() -> client.command("MitigateRisk", commandId, mitigation)));
            }
            int recorded = 0;
            int conflicts = 0;
            int busy = 0;
            for (Future<FaultClient.Answer> future : answers) {
                FaultClient.Answer answer = future.get();
                assertThat(answer.status()).as("%s", answer).isIn(201, 409, 503);
                if (answer.status() == 409) {
                    assertThat(answer.body()).contains("CONCURRENT_CHANGE");
                    conflicts++;
                } else if (answer.status() == 503) {
                    // 50 at once against a pool of 10: a command that waited the whole connection time-out.
                    assertThat(answer.body()).contains("LEDGER_BUSY");
                    busy++;
                } else {
                    recorded++;
                }
            }
            long events = jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?", Long.class, risk);
            assertThat(events).as("the raising plus each recorded mitigation, nothing for a refused one").isEqualTo(1 + recorded);
            System.out.printf("FAULT %d conflicting commands on one risk, one JVM: %d recorded, %d answered 409 CONCURRENT_CHANGE, "
                    + "%d answered 503 LEDGER_BUSY%n", COMMANDS, recorded, conflicts, busy);
        } finally {
            pool.shutdownNow();
        }
    }
}
