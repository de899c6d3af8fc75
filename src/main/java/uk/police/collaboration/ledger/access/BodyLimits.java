package uk.police.collaboration.ledger.access;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** How large a request body may be (ledger.limits.*): a journal may hold many commands, anything else one. */
@ConfigurationProperties(prefix = "ledger.limits")
record BodyLimits(@DefaultValue("1MB") DataSize commandBody, @DefaultValue("20MB") DataSize journalBody) {
}
