package uk.police.collaboration.ledger.ledgerlog;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.lang.reflect.RecordComponent;

/**
 * The ledger-log processor handles all events of one programme in one segment, in order: a
 * programme's views are recomputed from all its records (agreements, decisions, funding...), so two
 * segments must never refresh the same programme at once from partial data. Events with no
 * programme fall back to per-record sequencing. Named in axon-config/processors.yml.
 */
@Configuration(proxyBeanMethods = false)
class ProgrammeSequencing {

    @Bean
    static SequencingPolicy<EventMessage<?>> programmeSequencingPolicy() {
        SequentialPerAggregatePolicy perRecord = SequentialPerAggregatePolicy.instance();
        return event -> {
            Object payload = event.getPayload();
            if (payload != null && payload.getClass().isRecord()) {
                for (RecordComponent component : payload.getClass().getRecordComponents()) {
                    if (component.getName().equals("collaborationId")) {
                        try {
                            Object programme = component.getAccessor().invoke(payload);
                            if (programme != null) {
                                return "programme:" + programme;
                            }
                        } catch (ReflectiveOperationException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                }
            }
            return perRecord.getSequenceIdentifierFor(event);
        };
    }
}
