package uk.police.collaboration.ledger.config;

import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * How many segments of the ledger-log processor one node may claim
 * ({@code axon.eventhandling.processors.ledger-log.max-claimed-segments}, axon-config/processors.yml).
 * Axon 4.13's Spring Boot properties have no such setting and ignore the key silently, so it is
 * applied here to the pooled processor's builder. With it at the segment count (the default) the
 * first node claims every segment and a second stands by until the first's claims lapse; below
 * it, nodes share the segments, but a lone survivor then holds only that many (docs/operations.md).
 */
@Configuration(proxyBeanMethods = false)
class ProcessorClaimsConfig {

    static final String PROCESSOR = "ledger-log";

    @Autowired
    void maxClaimedSegments(EventProcessingConfigurer processing, Environment environment) {
        Integer max = environment.getProperty("axon.eventhandling.processors." + PROCESSOR + ".max-claimed-segments", Integer.class);
        if (max != null) {
            processing.registerPooledStreamingEventProcessorConfiguration(PROCESSOR, (configuration, builder) -> builder.maxClaimedSegments(max));
        }
    }
}
