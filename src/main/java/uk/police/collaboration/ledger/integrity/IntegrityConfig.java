package uk.police.collaboration.ledger.integrity;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/**
 * Where the integrity key comes from, in this order: the file named by
 * {@code ledger.integrity.key-file} (base64), the environment variable {@code LEDGER_INTEGRITY_KEY}
 * (base64), and only for the embedded default run (or the Axon Server profile, where sealing is not
 * active yet) the DEMO key from configuration, which is public
 * and proves nothing (a warning says so at start). The key never lives in the database.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class IntegrityConfig {

    static final String KEY_ENV = "LEDGER_INTEGRITY_KEY";
    private static final Logger log = LoggerFactory.getLogger(IntegrityConfig.class);

    @Bean
    IntegrityKey integrityKey(@Value("${ledger.integrity.key-file:}") String keyFile,
                              @Value("${ledger.integrity.demo-key:}") String demoKey,
                              @Value("${ledger.database.embedded:false}") boolean embedded,
                              @Value("${axon.axonserver.enabled:false}") boolean axonServer) throws IOException {
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

    /** A seal that cannot be made (a hole in a stream) stops and retries sealing rather than skipping the event. */
    @Bean
    ConfigurerModule sealingFailsLoudly() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerListenerInvocationErrorHandler(EventSealer.PROCESSING_GROUP, c -> PropagatingErrorHandler.instance()));
    }
}
