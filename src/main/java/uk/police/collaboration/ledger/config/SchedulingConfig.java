package uk.police.collaboration.ledger.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Background duties: the completeness guard's sweep and the integrity digests. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfig {
}
