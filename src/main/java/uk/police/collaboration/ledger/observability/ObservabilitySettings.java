package uk.police.collaboration.ledger.observability;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * How often the operator meters are read (ledger.observability.*).
 *
 * @param refresh time between two readings of the processors' lag and of the integrity tables
 *                (an ISO duration such as PT10S); a scrape shows the latest reading
 */
@Validated
@ConfigurationProperties(prefix = "ledger.observability")
record ObservabilitySettings(@DefaultValue("PT10S") @NotNull Duration refresh) {

    ObservabilitySettings {
        if (refresh != null && (refresh.isNegative() || refresh.isZero())) {
            throw new IllegalArgumentException("ledger.observability.refresh must be a positive duration, got " + refresh);
        }
    }
}
