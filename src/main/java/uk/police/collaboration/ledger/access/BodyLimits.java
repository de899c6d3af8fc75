package uk.police.collaboration.ledger.access;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/** How large a request body may be (ledger.limits.*): a journal may hold many commands, anything else one. */
@Validated
@ConfigurationProperties(prefix = "ledger.limits")
record BodyLimits(@DefaultValue("1MB") @NotNull DataSize commandBody, @DefaultValue("20MB") @NotNull DataSize journalBody) {
}
