package uk.police.collaboration.ledger.observability;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.police.collaboration.ledger.support.LedgerClient;
import uk.police.collaboration.ledger.support.LedgerIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator sees of the running ledger: the probes, health details for the auditor only,
 * the processors' lag and the integrity meters, and a refusal counted by command and rule code and
 * logged as one line without a stack trace.
 */
@LedgerIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class OperatorSignalsTest {

    @LocalServerPort
    int port;

    @Test
    void probesAnswerAndOnlyTheAuditorSeesDetails() {
        LedgerClient anonymous = new LedgerClient(port);
        assertThat(anonymous.get("/actuator/health/liveness").status()).isEqualTo(200);
        LedgerClient.Response readiness = anonymous.get("/actuator/health/readiness");
        // The processors may still be catching up with the demo data: wait (bounded) until ready.
        for (int attempt = 0; attempt < 240 && readiness.status() != 200; attempt++) {
            assertThat(readiness.status()).as("not ready yet: %s", readiness.body()).isEqualTo(503);
            pause();
            readiness = anonymous.get("/actuator/health/readiness");
        }
        assertThat(readiness.status()).as("readiness after the demo data and the catch-up").isEqualTo(200);
        assertThat(readiness.json().has("components")).as("no details for anonymous callers").isFalse();
        assertThat(new LedgerClient(port).as("board", "demo-board").get("/actuator/health").json().has("components")).isFalse();

        LedgerClient.Response forAuditor = new LedgerClient(port).as("auditor", "demo-auditor").get("/actuator/health/readiness");
        assertThat(forAuditor.json().at("/components/catchUp/details/processors/ledger-log/caughtUp").asBoolean())
                .as("readiness as the auditor sees it: %s", forAuditor.body()).isTrue();
        assertThat(forAuditor.json().at("/components/db/status").asText()).isEqualTo("UP");
    }

    @Test
    void aRefusalIsCountedByCommandAndCodeAndLoggedInOneLine(CapturedOutput output) {
        LedgerClient secretariat = new LedgerClient(port).as("secretariat", "demo-secretariat");
        LedgerClient.Response refused = secretariat.command("SignAgreement", LedgerClient.newId("sign"), "2016-11-01",
                "{\"agreementId\":\"no-such-agreement\",\"partyId\":\"pcc-bedfordshire\",\"signatory\":\"PCC for Bedfordshire\"}");
        assertThat(refused.status()).isEqualTo(404);

        LedgerClient.Response counted = auditor().get("/actuator/metrics/ledger.commands.refused?tag=command:SignAgreement&tag=code:RECORD_NOT_FOUND");
        assertThat(counted.status()).isEqualTo(200);
        assertThat(counted.json().at("/measurements/0/value").asDouble()).isGreaterThanOrEqualTo(1);
        assertThat(output.getOut()).containsPattern("Refused SignAgreement \\(command id sign-[^)]*\\): 404 RECORD_NOT_FOUND");
        assertThat(output.getAll()).doesNotContain("AggregateNotFoundException").doesNotContain("\tat org.axonframework");
    }

    @Test
    void lagAndIntegrityMetersAreExposedWithBaseUnits() {
        assertThat(baseUnitOf("ledger.processor.lag?tag=group:ledger-log")).isEqualTo("seconds");
        assertThat(baseUnitOf("ledger.processor.lag.events?tag=group:ledger-log")).isEqualTo("events");
        assertThat(baseUnitOf("ledger.integrity.verification.age")).isEqualTo("seconds");
        assertThat(baseUnitOf("ledger.integrity.digest.age")).isEqualTo("seconds");
        assertThat(baseUnitOf("ledger.integrity.checkpoint.age")).isEqualTo("seconds");
        assertThat(baseUnitOf("ledger.integrity.unsealed")).isEqualTo("events");
        assertThat(auditor().get("/actuator/metrics/ledger.integrity.verification.intact").status()).isEqualTo(200);
    }

    private String baseUnitOf(String meter) {
        LedgerClient.Response response = auditor().get("/actuator/metrics/" + meter);
        assertThat(response.status()).as(meter).isEqualTo(200);
        return response.json().path("baseUnit").asText();
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private LedgerClient auditor() {
        return new LedgerClient(port).as("auditor", "demo-auditor");
    }
}
