package uk.police.collaboration.ledger.web;

import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
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
        JsonMapper mapper = LedgerJson.builder()
                .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class)
                // A number or true/false where the envelope expects text is refused, not turned into text.
                .withCoercionConfig(LogicalType.Textual, text -> text
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .build();
        return new MappingJackson2HttpMessageConverter(mapper);
    }
}
