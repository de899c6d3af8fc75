package uk.police.collaboration.ledger.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import uk.police.collaboration.ledger.shared.LedgerJson;

/**
 * The API reads and writes JSON with the ledger's own configuration ({@link LedgerJson}): the same
 * limits on nesting, string and number length, and the same strictness (unknown properties,
 * duplicate keys, wrong types refused) as stored events and journal lines. Spring Boot's own
 * lenient ObjectMapper would otherwise read request bodies. Built from the shared builder rather
 * than the shared instance only to add Spring's ProblemDetail mix-in (refusals' extra properties at
 * the top level) without changing the mapper the event store uses.
 */
@Configuration(proxyBeanMethods = false)
class JsonConverterConfig {

    @Bean
    MappingJackson2HttpMessageConverter ledgerJsonConverter() {
        return new MappingJackson2HttpMessageConverter(LedgerJson.builder()
                .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class)
                .build());
    }
}
