package uk.police.collaboration.ledger.config;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.police.collaboration.ledger.risk.api.RiskMitigated;
import uk.police.collaboration.ledger.risk.api.RiskRaised;
import uk.police.collaboration.ledger.support.LedgerIntegrationTest;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Pitfall 2: on PostgreSQL a duplicate (aggregate, sequence) append must surface as Axon's
 * concurrency exceptions (which the API answers with 409), not as a generic store failure (500).
 */
@LedgerIntegrationTest
class EventStoreConflictTest {

    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;

    private void append(String stream, long sequence, Object payload) {
        DefaultUnitOfWork.startAndGet(null).execute(() -> eventStore.publish(
                new GenericDomainEventMessage<>("Risk", stream, sequence, payload)));
    }

    @Test
    void appendingASecondFirstEventToAStreamIsAStreamCreationConflict() {
        String stream = "conflict-" + UUID.randomUUID();
        append(stream, 0, new RiskRaised(stream, null, null, "first", null, null, null));

        assertThatThrownBy(() -> append(stream, 0, new RiskRaised(stream, null, null, "second", null, null, null)))
                .isInstanceOf(AggregateStreamCreationException.class);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?", Long.class, stream))
                .isEqualTo(1);
    }

    @Test
    void appendingAtASequenceAlreadyTakenIsAConcurrencyConflict() {
        String stream = "conflict-" + UUID.randomUUID();
        append(stream, 0, new RiskRaised(stream, null, null, "first", null, null, null));
        append(stream, 1, new RiskMitigated(stream, null, "one"));

        assertThatThrownBy(() -> append(stream, 1, new RiskMitigated(stream, null, "two")))
                .isInstanceOf(ConcurrencyException.class);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?", Long.class, stream))
                .isEqualTo(2);
    }
}
