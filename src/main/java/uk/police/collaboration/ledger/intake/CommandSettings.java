package uk.police.collaboration.ledger.intake;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How commands are run (ledger.commands.*).
 *
 * @param transactionTimeoutSeconds a command's transaction, and its wait for the record's lock, end after this
 * @param conflictRetries           a conflict with a command on another node is retried this many times
 *                                  inside the application before the client is answered 409
 */
@Validated
@ConfigurationProperties(prefix = "ledger.commands")
record CommandSettings(@DefaultValue("30") @Min(1) int transactionTimeoutSeconds,
                       @DefaultValue("3") @Min(0) int conflictRetries) {
}
