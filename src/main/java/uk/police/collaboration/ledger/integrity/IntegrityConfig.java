package uk.police.collaboration.ledger.integrity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import uk.police.collaboration.ledger.config.DatabaseSettings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

/**
 * Where the integrity key comes from, in this order: the file named by
 * {@code ledger.integrity.key-file} (base64), the environment variable {@code LEDGER_INTEGRITY_KEY}
 * (base64), and only for the embedded default run (or the Axon Server profile, where sealing is not
 * active yet) the DEMO key from configuration, which is public
 * and proves nothing (a warning says so at start). The key never lives in the database.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties({IntegritySettings.class, DatabaseSettings.class})
class IntegrityConfig {

    static final String KEY_ENV = "LEDGER_INTEGRITY_KEY";
    private static final Logger log = LoggerFactory.getLogger(IntegrityConfig.class);

    @Bean
    IntegrityKey integrityKey(IntegritySettings settings, DatabaseSettings database,
                              @Value("${axon.axonserver.enabled:false}") boolean axonServer) throws IOException {
        String keyFile = settings.keyFile();
        String demoKey = settings.demoKey();
        boolean embedded = database.embedded();
        if (!keyFile.isBlank()) {
            String text = Files.readString(Path.of(keyFile), StandardCharsets.US_ASCII).trim();
            IntegrityKey key = new IntegrityKey(Base64.getDecoder().decode(text), false);
            log.info("Integrity key {} read from {}", key.id(), keyFile);
            return key;
        }
        String fromEnvironment = System.getenv(KEY_ENV);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            IntegrityKey key = new IntegrityKey(Base64.getDecoder().decode(fromEnvironment.trim()), false);
            log.info("Integrity key {} read from the environment ({})", key.id(), KEY_ENV);
            return key;
        }
        if (demoKey.isBlank() || !(embedded || axonServer)) {
            throw new IllegalStateException("No integrity key: set ledger.integrity.key-file to a file holding a base64 key "
                    + "of at least 32 bytes, or the environment variable " + KEY_ENV + " (the demo key is only for the embedded run)");
        }
        IntegrityKey key = new IntegrityKey(Base64.getDecoder().decode(demoKey.trim()), true);
        if (axonServer) {
            log.warn("Events live in Axon Server: the integrity seal is not active in this profile (docs/integrity.md)");
        }
        log.warn("*** The ledger is sealed with the PUBLIC DEMO integrity key {}: seals and digests prove NOTHING. "
                + "Set ledger.integrity.key-file or {} for any real use (docs/integrity.md). ***", key.id(), KEY_ENV);
        return key;
    }

    /**
     * The Ed25519 key that signs checkpoints: a PKCS#8 PEM file ({@code openssl genpkey -algorithm
     * ed25519}) named by {@code ledger.integrity.signing-key-file}, under the name
     * {@code ledger.integrity.signing-key-name} (default: the log origin). Retired keys are listed
     * as verifier keys in {@code ledger.integrity.retired-verifier-keys} so old checkpoints verify.
     * Only the embedded default falls back to the public DEMO seed; the postgres profile refuses it.
     */
    @Bean
    SigningKeys signingKeys(IntegritySettings settings, DatabaseSettings database,
                            @Value("${axon.axonserver.enabled:false}") boolean axonServer) throws IOException {
        String origin = settings.logOrigin();
        String keyFile = settings.signingKeyFile();
        String keyName = settings.signingKeyName();
        List<String> retired = settings.retiredVerifierKeys();
        String demoSeed = settings.demoSigningSeed();
        boolean embedded = database.embedded();
        List<VerifierKey> retiredKeys = retired.stream().filter(k -> !k.isBlank()).map(VerifierKey::parse).toList();
        if (!keyFile.isBlank()) {
            SigningKey key = SigningKey.fromPem(keyName.isBlank() ? origin : keyName,
                    Files.readString(Path.of(keyFile), StandardCharsets.US_ASCII));
            log.info("Checkpoints are signed with key {} read from {}", key.verifierKey().text(), keyFile);
            return new SigningKeys(origin, key, retiredKeys);
        }
        if (demoSeed.isBlank() || !(embedded || axonServer)) {
            throw new IllegalStateException("No checkpoint signing key: set ledger.integrity.signing-key-file "
                    + "(LEDGER_SIGNING_KEY_FILE) to an Ed25519 PKCS#8 PEM file (openssl genpkey -algorithm ed25519); "
                    + "the demo key is only for the embedded run");
        }
        SigningKey demo = SigningKey.fromSeed(SigningKeys.DEMO_NAME, Base64.getDecoder().decode(demoSeed.trim()), true);
        log.warn("*** Checkpoints are signed with the PUBLIC DEMO key {}: they prove NOTHING. Set "
                + "ledger.integrity.signing-key-file for any real use (docs/integrity.md). ***", demo.verifierKey().text());
        return new SigningKeys(origin, demo, retiredKeys);
    }
}
