package uk.police.collaboration.ledger.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import uk.police.collaboration.ledger.LedgerApplication;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A setting the ledger cannot work with stops it at start, and the failure names the setting, the
 * value and the rule, so an operator can fix it from the log alone.
 */
@ExtendWith(OutputCaptureExtension.class)
class BadSettingTest {

    @Test
    void aNegativeThresholdStopsTheStartAndIsNamed(CapturedOutput output, @TempDir Path data) {
        SpringApplication application = new SpringApplication(LedgerApplication.class);
        assertThatThrownBy(() -> application.run(
                "--ledger.decisions.significant-expenditure=-5.00",
                "--ledger.database.data-directory=" + data.resolve("postgres"),
                "--ledger.demo-data.load=false", "--server.port=0", "--server.address=127.0.0.1"))
                .hasStackTraceContaining("ledger.decisions");
        assertThat(output.getAll()).contains("APPLICATION FAILED TO START")
                .contains("ledger.decisions.significant-expenditure")
                .contains("-5.00")
                .contains("must be greater than or equal to 0.00");
    }

    @Test
    void aNegativeRetryCountStopsTheStartAndIsNamed(CapturedOutput output, @TempDir Path data) {
        SpringApplication application = new SpringApplication(LedgerApplication.class);
        assertThatThrownBy(() -> application.run(
                "--ledger.commands.conflict-retries=-1",
                "--ledger.database.data-directory=" + data.resolve("postgres"),
                "--ledger.demo-data.load=false", "--server.port=0", "--server.address=127.0.0.1"))
                .hasStackTraceContaining("ledger.commands");
        assertThat(output.getAll()).contains("APPLICATION FAILED TO START")
                .contains("ledger.commands.conflict-retries")
                .contains("-1")
                .contains("must be greater than or equal to 0");
    }
}
