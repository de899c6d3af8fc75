package uk.police.collaboration.ledger.programme;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.LocalDate;
import java.time.ZoneId;

/** The fold as a bean, with the significant-expenditure threshold from configuration. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DecisionSettings.class)
class ProgrammeReadConfig {

    static final ZoneId UK = ZoneId.of("Europe/London");

    @Bean
    ProgrammeFold programmeFold(DecisionSettings decisions) {
        return new ProgrammeFold(decisions.significantExpenditure());
    }

    /** Today in the UK: the day against which a current view judges milestones overdue. */
    public static LocalDate today() {
        return LocalDate.now(UK);
    }
}
