package uk.police.collaboration.ledger.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import uk.police.collaboration.ledger.shared.LedgerJson;

/**
 * Jackson for everything Axon stores or sends (events, metadata, snapshots, tokens, dead
 * letters). No XStream: its security warnings and JDK 17 failures are pitfall 8.
 */
@Configuration(proxyBeanMethods = false)
class SerializerConfig {

    /** Events and snapshots: the strict ledger mapper, the same one the approval tests lock. */
    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer() {
        return JacksonSerializer.builder().objectMapper(LedgerJson.mapper()).build();
    }

    /** Tokens, dead letters, command results: Axon's own types, read leniently. */
    @Bean
    @Primary
    Serializer serializer() {
        ObjectMapper lenient = LedgerJson.builder()
                .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        return JacksonSerializer.builder().objectMapper(lenient).build();
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer() {
        return JacksonSerializer.builder().objectMapper(LedgerJson.mapper()).build();
    }
}
