package uk.police.collaboration.ledger.integrity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.time.Duration;
import uk.police.collaboration.ledger.config.DatabaseSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class IntegrityKeyTest {

    private static final String DEMO = Base64.getEncoder().encodeToString(
            "DEMO-ONLY public ledger integrity key, not a secret".getBytes(StandardCharsets.UTF_8));

    @Test
    void aKeyFileWinsOverTheDemoKeyAndIsNotMarkedDemo(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("ledger.key");
        Files.writeString(file, Base64.getEncoder().encodeToString(new byte[32]) + "\n");
        IntegrityKey key = integrityKey(file.toString(), DEMO, true, false);
        assertThat(key.isDemo()).isFalse();
        assertThat(key.id()).isEqualTo(new IntegrityKey(new byte[32], false).id()).startsWith("k-");
    }

    @Test
    void theDemoKeyIsRefusedOutsideTheEmbeddedRun() {
        assumeTrue(System.getenv(IntegrityConfig.KEY_ENV) == null, "a real key is set in the environment");
        assertThatThrownBy(() -> integrityKey("", DEMO, false, false))
                .hasMessageContaining("No integrity key");
    }

    @Test
    void theDemoKeyServesTheEmbeddedRunMarkedAsDemo() throws Exception {
        assumeTrue(System.getenv(IntegrityConfig.KEY_ENV) == null, "a real key is set in the environment");
        assertThat(integrityKey("", DEMO, true, false).isDemo()).isTrue();
    }

    @Test
    void aShortKeyIsRefused() {
        assertThatThrownBy(() -> new IntegrityKey(new byte[16], false)).hasMessageContaining("at least 32 bytes");
    }

    @Test
    void theLinkCoversEveryFieldAndThePreviousLink() {
        IntegrityKey key = new IntegrityKey(new byte[32], false);
        StoredEvent event = new StoredEvent(7, "risk-1", 1, "e-1", "RiskMitigated", "1", "{}".getBytes(), "{}".getBytes(),
                "2026-01-01T00:00:00Z");
        String link = event.link(key, StoredEvent.GENESIS_HEX);
        assertThat(link).hasSize(64).isEqualTo(event.link(key, StoredEvent.GENESIS_HEX));
        assertThat(new StoredEvent(7, "risk-1", 1, "e-1", "RiskMitigated", "1", "{}".getBytes(), "{ }".getBytes(),
                "2026-01-01T00:00:00Z").link(key, StoredEvent.GENESIS_HEX)).isNotEqualTo(link);
        assertThat(new StoredEvent(7, "risk-1", 1, "e-1", "RiskMitigated", null, "{}".getBytes(), "{}".getBytes(),
                "2026-01-01T00:00:00Z").link(key, StoredEvent.GENESIS_HEX)).isNotEqualTo(link);
        assertThat(event.link(key, link)).isNotEqualTo(link);
        // Length prefixes: moving a byte from one field to the next changes the form.
        assertThat(new StoredEvent(7, "risk-1", 1, "e-1", "RiskMitigated", "1", "{}{".getBytes(), "}".getBytes(),
                "2026-01-01T00:00:00Z").link(key, StoredEvent.GENESIS_HEX))
                .isNotEqualTo(new StoredEvent(7, "risk-1", 1, "e-1", "RiskMitigated", "1", "{}".getBytes(), "{}".getBytes(),
                        "2026-01-01T00:00:00Z").link(key, StoredEvent.GENESIS_HEX));
    }

    /** The bean method as the context calls it, from the settings the key would be bound from. */
    private static IntegrityKey integrityKey(String keyFile, String demoKey, boolean embedded, boolean axonServer) throws Exception {
        IntegritySettings settings = new IntegritySettings(keyFile, demoKey, "log.example", "", "", List.of(), "", 500, Duration.ofHours(2));
        return new IntegrityConfig().integrityKey(settings, new DatabaseSettings(embedded, null, "localhost", false), axonServer);
    }
}
