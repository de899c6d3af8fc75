package uk.police.collaboration.ledger.programme;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;

/** The fold as a bean, with the significant-expenditure threshold from configuration. */
@Configuration(proxyBeanMethods = false)
class ProgrammeReadConfig {

    static final ZoneId UK = ZoneId.of("Europe/London");

    @Bean
    ProgrammeFold programmeFold(@Value("${ledger.decisions.significant-expenditure:50000.00}") String threshold) {
        return new ProgrammeFold(new BigDecimal(threshold.trim()));
    }

    /** Today in the UK: the day against which a current view judges milestones overdue. */
    public static LocalDate today() {
        return LocalDate.now(UK);
    }
}
