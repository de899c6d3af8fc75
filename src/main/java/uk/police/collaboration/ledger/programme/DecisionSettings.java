package uk.police.collaboration.ledger.programme;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.math.BigDecimal;

/**
 * How decisions are read (ledger.decisions.*).
 *
 * @param significantExpenditure above this amount (pounds and pence) a decision is of significant
 *                               public interest and the programme view says so
 */
@Validated
@ConfigurationProperties(prefix = "ledger.decisions")
record DecisionSettings(@DefaultValue("50000.00") @NotNull @DecimalMin("0.00") @Digits(integer = 13, fraction = 2)
                        BigDecimal significantExpenditure) {
}
