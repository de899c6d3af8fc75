package uk.police.collaboration.ledger.config;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the JDBC event store is read (ledger.event-store.*).
 *
 * @param gapTimeoutMs how long a gap in the global sequence is waited for before it is skipped; must
 *                     exceed the longest transaction that can append events (commands time out at 30 s)
 * @param batchSize    events fetched per read by the processors
 */
@Validated
@ConfigurationProperties(prefix = "ledger.event-store")
record EventStoreSettings(@DefaultValue("120000") @Min(1) int gapTimeoutMs,
                          @DefaultValue("500") @Min(1) int batchSize) {
}
