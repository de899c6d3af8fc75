package uk.police.collaboration.ledger.integrity;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.util.List;

/**
 * Keys and checks of the integrity seal and the transparency log (ledger.integrity.*; docs/integrity.md).
 * The schedules (digest-interval, checkpoint-interval) are read by the scheduled tasks themselves.
 *
 * @param keyFile             a file holding the base64 integrity key; blank: the environment or the demo key
 * @param demoKey             the PUBLIC demo integrity key, for the embedded default run only
 * @param logOrigin           the transparency log's name, the first line of every checkpoint
 * @param signingKeyFile      Ed25519 PKCS#8 PEM file signing checkpoints; blank: the demo seed (embedded only)
 * @param signingKeyName      the signing key's name; blank: the log origin
 * @param retiredVerifierKeys verifier keys (name+hash+key) of retired signing keys, so old checkpoints verify
 * @param demoSigningSeed     the PUBLIC demo signing seed, for the embedded default run only
 * @param verifyPageSize      events read per page when the chain is verified
 * @param staleAfter          a newest digest or checkpoint older than this makes verification warn
 */
@Validated
@ConfigurationProperties(prefix = "ledger.integrity")
record IntegritySettings(String keyFile,
                         String demoKey,
                         @NotBlank String logOrigin,
                         String signingKeyFile,
                         String signingKeyName,
                         List<String> retiredVerifierKeys,
                         String demoSigningSeed,
                         @DefaultValue("500") @Min(1) int verifyPageSize,
                         @DefaultValue("PT2H") @NotNull Duration staleAfter) {

    IntegritySettings {
        // An unset key or file is "none": the key beans then fall back in their documented order.
        keyFile = keyFile == null ? "" : keyFile;
        demoKey = demoKey == null ? "" : demoKey;
        signingKeyFile = signingKeyFile == null ? "" : signingKeyFile;
        signingKeyName = signingKeyName == null ? "" : signingKeyName;
        retiredVerifierKeys = retiredVerifierKeys == null ? List.of() : retiredVerifierKeys;
        demoSigningSeed = demoSigningSeed == null ? "" : demoSigningSeed;
        if (staleAfter != null && (staleAfter.isNegative() || staleAfter.isZero())) {
            throw new IllegalArgumentException("ledger.integrity.stale-after must be a positive duration, got " + staleAfter);
        }
    }
}
