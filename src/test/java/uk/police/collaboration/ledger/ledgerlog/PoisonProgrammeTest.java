package uk.police.collaboration.ledger.ledgerlog;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import uk.police.collaboration.ledger.programme.ProgrammeView;
import uk.police.collaboration.ledger.programme.ProgrammeViewListener;
import uk.police.collaboration.ledger.support.LedgerClient;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9 item 2: a programme whose views cannot be written is parked alone, visibly, while every
 * other programme flows; a retry folds it again from its ledger log and unparks it. The failure is
 * a view listener whose SQL fails for one programme while told to (standing in for a fact a register
 * column cannot hold): PostgreSQL then refuses every later statement of the transaction, so the
 * batch goes on only if the failed programme's savepoint is rolled back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@ActiveProfiles("test")
class PoisonProgrammeTest {

    static final AtomicBoolean POISONED = new AtomicBoolean(true);
    static final String POISON_TITLE = "Poisoned programme";

    @TestConfiguration
    static class FailingView {
        @Bean
        ProgrammeViewListener refusesThePoisonedProgramme(JdbcTemplate jdbc) {
            return new ProgrammeViewListener() {
                @Override
                public void refreshed(ProgrammeView view) {
                    if (POISONED.get() && POISON_TITLE.equals(view.title())) {
                        jdbc.queryForObject("SELECT CAST(1e400 AS NUMERIC(19, 2))", Object.class);
                    }
                }

                @Override
                public void reset() {
                }
            };
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeterRegistry meters;

    @AfterEach
    void cure() {
        POISONED.set(true);
    }

    @Test
    void aPoisonedProgrammeIsParkedAloneShownInHealthAndUnparkedByARetry() {
        LedgerClient recorder = new LedgerClient(port).as("secretariat", "demo-secretariat");
        LedgerClient auditor = new LedgerClient(port).as("auditor", "demo-auditor");
        String poisoned = LedgerClient.newId("poisoned");
        String healthy = LedgerClient.newId("healthy");
        assertThat(recorder.command("RegisterCollaboration", LedgerClient.newId("cmd"), "2018-01-10", registration(poisoned, POISON_TITLE))
                .status()).isEqualTo(201);
        assertThat(recorder.command("RegisterCollaboration", LedgerClient.newId("cmd"), "2018-01-10", registration(healthy, "Healthy"))
                .status()).isEqualTo(201);
        String risk = LedgerClient.newId("risk");
        assertThat(recorder.command("RaiseRisk", LedgerClient.newId("cmd"), "2018-03-22", risk(risk, healthy)).status()).isEqualTo(201);

        eventually(() -> viewHolds(healthy, risk));
        eventually(() -> parked().contains(poisoned));
        assertThat(parked()).doesNotContain(healthy);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM programme_state WHERE collaboration_id = ?", Long.class, poisoned)).isZero();
        // Overall health: DEGRADED once the node is otherwise ready (OUT_OF_SERVICE, while it catches up, ranks above it).
        eventually(() -> new LedgerClient(port).get("/actuator/health").body().contains("DEGRADED"));
        assertThat(meters.get("ledger.projection.parked").gauge().value()).isGreaterThanOrEqualTo(1.0);
        var listed = auditor.get("/api/admin/projections/parked");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body()).contains(poisoned).contains("numeric field overflow");

        // Later events of the parked programme wait in the ledger log; the healthy one keeps flowing.
        String waiting = LedgerClient.newId("risk");
        assertThat(recorder.command("RaiseRisk", LedgerClient.newId("cmd"), "2018-03-23", risk(waiting, poisoned)).status()).isEqualTo(201);
        String later = LedgerClient.newId("risk");
        assertThat(recorder.command("RaiseRisk", LedgerClient.newId("cmd"), "2018-03-23", risk(later, healthy)).status()).isEqualTo(201);
        eventually(() -> viewHolds(healthy, later));
        eventually(() -> jdbc.queryForObject("SELECT events_waiting FROM projection_parked WHERE collaboration_id = ?",
                Long.class, poisoned) >= 1);

        POISONED.set(false);
        var retried = auditor.post("/api/admin/projections/parked/retry", "application/json", "");
        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
        assertThat(retried.body()).contains(poisoned).contains("\"unparked\":true");
        assertThat(parked()).doesNotContain(poisoned);
        assertThat(viewHolds(poisoned, waiting)).isTrue();
    }

    private java.util.List<String> parked() {
        return jdbc.queryForList("SELECT collaboration_id FROM projection_parked", String.class);
    }

    private boolean viewHolds(String programme, String riskId) {
        return !jdbc.queryForList("SELECT 1 FROM programme_state WHERE collaboration_id = ? AND view::text LIKE ?",
                programme, "%" + riskId + "%").isEmpty();
    }

    private static void eventually(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition not met within 30 s").isLessThan(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static String registration(String id, String title) {
        return "{\"collaborationId\":\"" + id + "\",\"title\":\"" + title + "\",\"scope\":\"Force control rooms\","
                + "\"parties\":[{\"partyId\":\"herts-pcc\",\"name\":\"PCC for Hertfordshire\",\"kind\":\"PCC\",\"corporationSole\":true}],"
                + "\"leadPartyId\":\"herts-pcc\",\"leadOfficer\":null}";
    }

    private static String risk(String riskId, String programme) {
        return "{\"riskId\":\"" + riskId + "\",\"collaborationId\":\"" + programme + "\",\"label\":\"a\","
                + "\"description\":\"No proven metrics\",\"likelihood\":null,\"impact\":null,\"owner\":null}";
    }
}
