package uk.police.collaboration.ledger.faults;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kill -9 of the ledger's JVM under a write load, ten times on the same data folder: each restart
 * succeeds (the embedded PostgreSQL it left running is stopped and started cleanly), every
 * acknowledged command is kept, no refused one was written, and every resubmission answers as the
 * first time. Full form only (each cycle starts a JVM): -Dfaults.full=true (docs/reliability.md).
 */
@Tag("faults")
@EnabledIfSystemProperty(named = "faults.full", matches = "true",
        disabledReason = "ten kill -9 cycles each start a ledger JVM: run with -Dfaults.full=true (docs/reliability.md)")
class KillNineTest {

    static final int CYCLES = Integer.getInteger("faults.kill-cycles", 10);

    @Test
    void everyAcknowledgedCommandSurvivesKillNineUnderLoad(@TempDir Path folder) throws Exception {
        Path data = folder.resolve("postgres");
        try (LedgerProcess ledger = new LedgerProcess(data, folder.resolve("ledger.log"))) {
            ledger.start(Duration.ofMinutes(3));
            FaultClient client = new FaultClient(ledger.port(), Duration.ofSeconds(20));
            int acknowledged = 0;
            int refused = 0;
            int unanswered = 0;
            for (int cycle = 0; cycle < CYCLES; cycle++) {
                CommandLoad load = new CommandLoad(client, "kill-" + cycle, 8, 1000).start();
                load.awaitAcknowledged(20 + cycle % 3 * 15, Duration.ofSeconds(120));
                ledger.kill();
                var sent = load.stop();
                ledger.start(Duration.ofMinutes(3));
                AfterFault.Tally tally = AfterFault.check(client, sent);
                acknowledged += tally.acknowledged();
                refused += tally.refused();
                unanswered += tally.unanswered();
                System.out.printf("FAULT kill -9, cycle %d: restarted; %s%n", cycle + 1, tally);
            }
            System.out.printf("FAULT kill -9, %d cycles: %d acknowledged all kept, %d refused none written, %d unanswered%n",
                    CYCLES, acknowledged, refused, unanswered);
            assertThat(acknowledged).isPositive();
        }
    }
}
