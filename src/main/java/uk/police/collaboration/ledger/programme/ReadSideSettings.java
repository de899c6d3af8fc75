package uk.police.collaboration.ledger.programme;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How much of the read side is kept in memory (ledger.read-side.*).
 *
 * @param keptEvents the programmes' kept folds hold at most this many events between them; beyond it the
 *                   least recently used programme is folded again from its ledger log when next touched
 */
@Validated
@ConfigurationProperties(prefix = "ledger.read-side")
record ReadSideSettings(@DefaultValue("50000") @Min(0) int keptEvents) {
}
