package uk.police.collaboration.ledger.access;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.convert.DurationUnit;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.time.temporal.ChronoUnit;

/**
 * Sign-in throttling (ledger.sign-in.*): how many failed sign-ins a user name, and separately a
 * client address, may have in one period before further attempts are refused with 429 until the
 * period ends.
 *
 * @param failuresPerUser    failed sign-ins per user name and period (guessing one user's password)
 * @param failuresPerAddress failed sign-ins per client address and period (trying many user names)
 * @param period             the window after which the allowance is renewed
 * @param tracked            how many user names and addresses are remembered at most (the oldest are forgotten)
 */
@Validated
@ConfigurationProperties(prefix = "ledger.sign-in")
record SignInThrottleSettings(@DefaultValue("5") @Min(1) int failuresPerUser,
                              @DefaultValue("20") @Min(1) int failuresPerAddress,
                              @DefaultValue("PT1M") @NotNull @DurationUnit(ChronoUnit.SECONDS) Duration period,
                              @DefaultValue("10000") @Min(100) @Max(1_000_000) int tracked) {
}
