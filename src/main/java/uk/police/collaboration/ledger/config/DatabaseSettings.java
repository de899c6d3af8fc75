package uk.police.collaboration.ledger.config;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the ledger's PostgreSQL comes from (ledger.database.*). Public because the integrity keys
 * decide on {@code embedded} whether the demo keys may be used.
 *
 * @param embedded        true for the default run: a PostgreSQL started by the ledger itself
 * @param dataDirectory   the embedded server's data folder (kept across restarts); read only when embedded
 * @param listenAddresses what the embedded server listens on: loopback by default, a comma-separated
 *                        list or '*' opens it further (pg_hba.conf must then admit those hosts)
 * @param deleteOnStop    delete the data folder when the ledger stops: for throw-away runs (tests) only
 */
@Validated
@ConfigurationProperties(prefix = "ledger.database")
public record DatabaseSettings(@DefaultValue("false") boolean embedded,
                               String dataDirectory,
                               @DefaultValue("localhost") @NotBlank String listenAddresses,
                               @DefaultValue("false") boolean deleteOnStop) {
}
