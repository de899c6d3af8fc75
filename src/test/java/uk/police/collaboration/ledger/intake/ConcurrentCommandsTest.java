package uk.police.collaboration.ledger.intake;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.police.collaboration.ledger.support.LedgerClient;
import uk.police.collaboration.ledger.support.LedgerIntegrationTest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9 item 4: within one node, commands on the same record wait for each other for the whole
 * command transaction, so none is answered with a spurious conflict and none is lost.
 */
@LedgerIntegrationTest
class ConcurrentCommandsTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void theProgrammeDirectoryIsWrittenInTheTransactionThatRegistersTheProgramme() {
        assertThat(processing.eventProcessor(ProgrammeDirectory.PROCESSING_GROUP, SubscribingEventProcessor.class)).isPresent();
        String programme = LedgerClient.newId("prog");
        assertThat(TestClients.recorder(port).command("RegisterCollaboration", LedgerClient.newId("cmd"), "2018-01-10",
                CommandApiAcceptanceTest.registration(programme)).status()).isEqualTo(201);
        assertThat(jdbc.queryForObject("SELECT registered_on::text FROM programme_directory WHERE collaboration_id = ?",
                String.class, programme)).isEqualTo("2018-01-10");
    }

    @Test
    void fiftyConcurrentCommandsOnOneRecordAreAllRecorded() throws Exception {
        LedgerClient api = TestClients.recorder(port);
        String programme = LedgerClient.newId("prog");
        String risk = LedgerClient.newId("risk");
        assertThat(api.command("RegisterCollaboration", LedgerClient.newId("cmd"), "2018-01-10",
                CommandApiAcceptanceTest.registration(programme)).status()).isEqualTo(201);
        assertThat(api.command("RaiseRisk", LedgerClient.newId("cmd"), "2018-03-22", "{\"riskId\":\"" + risk + "\","
                + "\"collaborationId\":\"" + programme + "\",\"label\":\"a\",\"description\":\"No proven metrics\","
                + "\"likelihood\":null,\"impact\":null,\"owner\":null}").status()).isEqualTo(201);

        ExecutorService callers = Executors.newFixedThreadPool(16);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int n = i;
            answers.add(callers.submit(() -> api.command("MitigateRisk", LedgerClient.newId("cmd"), "2018-03-23",
                    "{\"riskId\":\"" + risk + "\",\"mitigation\":\"Mitigation " + n + "\"}").status()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        callers.shutdown();

        assertThat(statuses).containsOnly(201);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?", Long.class, risk))
                .isEqualTo(51L);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM command_log WHERE aggregate_id = ?", Long.class, risk)).isEqualTo(51L);
    }
}
