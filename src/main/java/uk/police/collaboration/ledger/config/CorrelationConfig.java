package uk.police.collaboration.ledger.config;

import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.police.collaboration.ledger.shared.EnvelopeKeys;

/**
 * Copies the command envelope (command id, effective date, recorded by, source) from each command
 * onto every event it causes. Without this Axon drops audit metadata (pitfall 9, issue 498).
 */
@Configuration(proxyBeanMethods = false)
class CorrelationConfig {

    @Bean
    CorrelationDataProvider envelopeCorrelation() {
        return new SimpleCorrelationDataProvider(EnvelopeKeys.ALL.toArray(String[]::new));
    }

    @Bean
    CorrelationDataProvider messageOrigin() {
        return new MessageOriginProvider();
    }
}
