package uk.police.collaboration.ledger.upcasting;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import uk.police.collaboration.ledger.funding.api.FundingAllocated;
import uk.police.collaboration.ledger.shared.FinancialYear;
import uk.police.collaboration.ledger.shared.Money;
import uk.police.collaboration.ledger.support.LedgerIntegrationTest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Events stored under an earlier revision are read as today's events: the stored bytes of each
 * earlier revision (fixtures under src/test/resources/upcasting/, copied from the approval file of
 * that revision) go through the application's own event serializer and the upcaster chain Axon
 * built from the application's beans, the same chain the event store reads with.
 */
@LedgerIntegrationTest
class UpcasterChainTest {

    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;

    @Autowired
    org.axonframework.config.Configuration axon;

    @Test
    void aRevisionOneFundingAllocationIsReadAsTodaysEvent() throws IOException {
        DomainEventMessage<?> event = read(stored("FundingAllocated-revision-1.json", "1"), axon.upcasterChain());

        assertThat(event.getPayload()).isEqualTo(new FundingAllocated("pfcc-100-2018-contact-management",
                "essex-contact-management", "transition-2018-19", Money.of("188000.00"), FinancialYear.of("2018/19"),
                "PFCC/100/2018"));
        assertThat(event.getMetaData()).containsEntry("commandId", "seed-002-allocate");
    }

    @Test
    void withoutTheUpcasterTheOldBytesCannotBeRead() throws IOException {
        GenericDomainEventEntry<byte[]> old = stored("FundingAllocated-revision-1.json", "1");

        assertThatThrownBy(() -> read(old, null)).satisfies(e -> assertThat(rootCause(e).getMessage()).contains("totalAllocated"));
    }

    @Test
    void anEventOfTheCurrentRevisionPassesThroughUnchanged() throws IOException {
        FundingAllocated today = new FundingAllocated("r", "p", "a", Money.of("1.00"), FinancialYear.of("2019/20"), "D1");
        byte[] bytes = eventSerializer.serialize(today, byte[].class).getData();

        DomainEventMessage<?> event = read(entry(bytes, "2"), axon.upcasterChain());

        assertThat(event.getPayload()).isEqualTo(today);
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private DomainEventMessage<?> read(GenericDomainEventEntry<byte[]> entry, EventUpcaster chain) {
        DomainEventStream stream = EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(entry), eventSerializer,
                chain == null ? org.axonframework.serialization.upcasting.event.NoOpEventUpcaster.INSTANCE : chain);
        DomainEventMessage<?> event = stream.next();
        event.getPayload();
        return event;
    }

    private static GenericDomainEventEntry<byte[]> stored(String fixture, String revision) throws IOException {
        try (InputStream in = UpcasterChainTest.class.getResourceAsStream("/upcasting/" + fixture)) {
            assertThat(in).as(fixture).isNotNull();
            return entry(in.readAllBytes(), revision);
        }
    }

    private static GenericDomainEventEntry<byte[]> entry(byte[] payload, String revision) {
        return new GenericDomainEventEntry<>("FundingRequest", "pfcc-100-2018-contact-management", 1,
                UUID.randomUUID().toString(), "2018-06-22T10:00:00Z", FundingAllocatedRevision2.TYPE, revision, payload,
                "{\"commandId\":\"seed-002-allocate\"}".getBytes(StandardCharsets.UTF_8));
    }
}
