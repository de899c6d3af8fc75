package uk.police.collaboration.ledger.integrity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.time.Duration;
import uk.police.collaboration.ledger.config.DatabaseSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where the checkpoint-signing key comes from, and the postgres profile refusing the demo key. */
class SigningKeyConfigTest {

    static final String DEMO_SEED = "REVNTy1PTkxZIHB1YmxpYyBjaGVja3BvaW50IGtleSE=";

    @Test
    void theDemoSigningKeyIsRefusedOutsideTheEmbeddedRun() {
        // The postgres profile sets ledger.database.embedded=false.
        assertThatThrownBy(() -> signingKeys("log.example", "", "", List.of(), DEMO_SEED, false, false))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("signing-key-file");
    }

    @Test
    void theEmbeddedRunSignsWithTheDemoKeyUnderANameThatSaysSo() throws Exception {
        SigningKeys keys = signingKeys("log.example", "", "", List.of(), DEMO_SEED, true, false);
        assertThat(keys.demo()).isTrue();
        assertThat(keys.current().name()).isEqualTo(SigningKeys.DEMO_NAME).contains("DEMO");
        assertThat(SigningKeys.isDemo(keys.verifierKeys().get(0))).isTrue();
    }

    @Test
    void aPemKeyFileWinsAndRetiredKeysStayInTheRing(@TempDir Path directory) throws Exception {
        byte[] der = HexFormat.of().parseHex("302e020100300506032b657004220420" + "11".repeat(32));
        Path pem = directory.resolve("signing.pem");
        Files.writeString(pem, "-----BEGIN PRIVATE KEY-----\n" + Base64.getEncoder().encodeToString(der) + "\n-----END PRIVATE KEY-----\n");
        String retired = SigningKey.fromSeed("log.example-2025", new byte[32], false).verifierKey().text();
        SigningKeys keys = signingKeys("log.example", pem.toString(), "", List.of(retired), DEMO_SEED, false, false);
        assertThat(keys.demo()).isFalse();
        assertThat(keys.current().name()).isEqualTo("log.example");
        assertThat(keys.verifierKeys()).extracting(VerifierKey::text).containsExactly(keys.current().verifierKey().text(), retired);
    }

    /** The bean method as the context calls it, from the settings the keys would be bound from. */
    private static SigningKeys signingKeys(String origin, String keyFile, String keyName, List<String> retired,
                                           String demoSeed, boolean embedded, boolean axonServer) throws Exception {
        IntegritySettings settings = new IntegritySettings("", "", origin, keyFile, keyName, retired, demoSeed, 500, Duration.ofHours(2));
        return new IntegrityConfig().signingKeys(settings, new DatabaseSettings(embedded, null, "localhost", false), axonServer);
    }
}
