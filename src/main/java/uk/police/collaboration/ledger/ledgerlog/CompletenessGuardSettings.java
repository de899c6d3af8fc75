package uk.police.collaboration.ledger.ledgerlog;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The completeness guard's timing (ledger.completeness-guard.*; docs/architecture.md).
 *
 * @param intervalMs milliseconds between two sweeps
 * @param settleMs   how long a position must have been reached before everything below it counts as
 *                   final; must exceed the longest transaction that can append events (30 s)
 */
@Validated
@ConfigurationProperties(prefix = "ledger.completeness-guard")
record CompletenessGuardSettings(@DefaultValue("15000") @Min(100) long intervalMs,
                                 @DefaultValue("300000") @Min(1000) long settleMs) {
}
