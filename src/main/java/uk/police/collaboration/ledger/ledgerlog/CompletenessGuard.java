package uk.police.collaboration.ledger.ledgerlog;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import uk.police.collaboration.ledger.config.StoredTokens;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Proves that every committed event reached the ledger log, and delivers any that did not.
 * <p>
 * Tracking processors can pass over an event for ever when a transaction holding a lower global
 * index commits after a later event whose timestamp is already older than the gap time-out
 * (pitfall 1: a stalled transaction, or a clock that runs behind). So, on a schedule, this guard
 * re-reads the event store from its watermark up to where the processor has got, and applies
 * each event the ledger log lacks through the same code path as the processor.
 * <p>
 * The watermark moves only to a position the processor had reached at least {@code settle} ago.
 * Command transactions time out after 30 s, so no transaction still open can hold an index below
 * a position older than the settle window (default 5 minutes): everything below the watermark is
 * final and proven present.
 */
@Component
@EnableConfigurationProperties(CompletenessGuardSettings.class)
class CompletenessGuard {

    static final String NAME = "ledger-log";
    static final String APPLIED_BY_GUARD = "completeness-guard";
    private static final Logger log = LoggerFactory.getLogger(CompletenessGuard.class);
    private static final int BATCH = 500;

    private final EventStore eventStore;
    private final TokenStore tokenStore;
    private final StoredTokens storedTokens;
    private final JdbcTemplate jdbc;
    private final boolean jdbcEventStore;
    private final LedgerLog ledgerLog;
    private final LedgerLogProjector projector;
    private final TransactionTemplate transaction;
    private final long settleMillis;
    private final Clock clock = Clock.systemUTC();
    private final Deque<Sample> samples = new ArrayDeque<>();
    private final AtomicLong verifiedThrough = new AtomicLong(-1);
    private final Counter recovered;
    private volatile boolean failed;

    CompletenessGuard(EventStore eventStore, TokenStore tokenStore, StoredTokens storedTokens, JdbcTemplate jdbc, LedgerLog ledgerLog,
                      LedgerLogProjector projector, PlatformTransactionManager transactionManager, MeterRegistry meters,
                      CompletenessGuardSettings settings,
                      @Value("${axon.axonserver.enabled:false}") boolean axonServer) {
        this.eventStore = eventStore;
        this.tokenStore = tokenStore;
        this.storedTokens = storedTokens;
        this.jdbc = jdbc;
        this.jdbcEventStore = !axonServer;
        this.ledgerLog = ledgerLog;
        this.projector = projector;
        this.transaction = new TransactionTemplate(transactionManager);
        this.settleMillis = settings.settleMs();
        this.recovered = Counter.builder("ledger.projection.recovered")
                .description("Events the ledger-log processor passed over and the completeness guard delivered")
                .register(meters);
        Gauge.builder("ledger.projection.verified.through", verifiedThrough, AtomicLong::get)
                .description("Global index up to which every committed event is proven to be in the ledger log")
                .register(meters);
    }

    @Scheduled(initialDelayString = "${ledger.completeness-guard.interval-ms:15000}",
            fixedDelayString = "${ledger.completeness-guard.interval-ms:15000}")
    // One sweep at a time across the deployment: two would race on the watermark.
    @SchedulerLock(name = "completeness-guard")
    void sweep() {
        long watermark = ledgerLog.guardWatermark(NAME);
        verifiedThrough.set(watermark);
        long reached = processorPosition();
        if (reached <= watermark) {
            return;
        }
        failed = false;
        int delivered = jdbcEventStore ? deliverMissingFromTable(watermark, reached) : deliverMissing(watermark, reached);
        long settled = settledPosition(reached);
        // An event that could not be applied (it is also parked in the dead-letter queue) holds the
        // watermark back, so it is retried on every sweep and stays visible until someone acts.
        long proven = failed ? watermark : Math.max(watermark, Math.min(settled, reached));
        ledgerLog.recordGuardProgress(NAME, proven, delivered);
    }

    /**
     * How far the processor has got: the lowest position over all its segments' tokens (a segment
     * ahead of the others must not make the guard report events a slower segment is about to apply).
     */
    private long processorPosition() {
        int[] segments = tokenStore.fetchSegments(LedgerLogProjector.PROCESSING_GROUP);
        if (segments.length == 0) {
            return -1;
        }
        long lowest = Long.MAX_VALUE;
        // Read without claiming: fetchToken would claim each segment for this node, and throw for one
        // another node owns (StoredTokens).
        for (TrackingToken token : storedTokens.of(LedgerLogProjector.PROCESSING_GROUP)) {
            lowest = Math.min(lowest, token == null ? -1 : token.position().orElse(-1));
        }
        return lowest;
    }

    /**
     * With the JDBC event store, asks the table itself which committed events in (watermark,
     * reached] the ledger log lacks: a plain SQL anti-join, independent of Axon's gap tracking.
     */
    private int deliverMissingFromTable(long watermark, long reached) {
        List<Map<String, Object>> missing = jdbc.queryForList("SELECT d.globalindex, d.aggregateidentifier, d.sequencenumber "
                + "FROM domainevententry d WHERE d.globalindex > ? AND d.globalindex <= ? AND NOT EXISTS "
                + "(SELECT 1 FROM ledger_event l WHERE l.event_id = d.eventidentifier) ORDER BY d.globalindex LIMIT 1000",
                watermark, reached);
        int delivered = 0;
        for (Map<String, Object> row : missing) {
            long position = ((Number) row.get("globalindex")).longValue();
            DomainEventStream stream = eventStore.readEvents((String) row.get("aggregateidentifier"),
                    ((Number) row.get("sequencenumber")).longValue());
            if (stream.hasNext()) {
                delivered += deliverOne(stream.next(), position);
            }
        }
        return delivered;
    }

    /** Reads (watermark, reached] from the event store and applies what the ledger log lacks. */
    private int deliverMissing(long watermark, long reached) {
        int delivered = 0;
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(tokenAt(watermark))) {
            List<TrackedEventMessage<?>> batch = new ArrayList<>();
            while (stream.hasNextAvailable(2, TimeUnit.SECONDS)) {
                TrackedEventMessage<?> event = stream.nextAvailable();
                long position = event.trackingToken().position().orElse(Long.MAX_VALUE);
                if (position > reached) {
                    break;
                }
                batch.add(event);
                if (batch.size() == BATCH) {
                    delivered += deliver(batch);
                    batch.clear();
                }
            }
            delivered += deliver(batch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return delivered;
    }

    private int deliver(List<TrackedEventMessage<?>> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        Set<String> present = ledgerLog.presentAmong(batch.stream().map(TrackedEventMessage::getIdentifier).toList());
        int delivered = 0;
        for (TrackedEventMessage<?> event : batch) {
            if (!present.contains(event.getIdentifier())) {
                delivered += deliverOne(event, event.trackingToken().position().orElseThrow());
            }
        }
        return delivered;
    }

    /** Applies one event the ledger log lacks; answers 1 when applied, 0 when it could not be. */
    private int deliverOne(EventMessage<?> event, long position) {
        log.warn("Completeness guard: event {} at global index {} was passed over by the {} processor; delivering it now",
                event.getIdentifier(), position, NAME);
        try {
            transaction.executeWithoutResult(status ->
                    projector.apply(RecordedEventMapper.from(event, position), APPLIED_BY_GUARD));
            recovered.increment();
            return 1;
        } catch (RuntimeException e) {
            failed = true;
            log.error("Completeness guard could not apply event {} at global index {}", event.getIdentifier(), position, e);
            return 0;
        }
    }

    /** The newest position the processor had reached at least the settle window ago. */
    private synchronized long settledPosition(long reached) {
        Instant now = clock.instant();
        if (!samples.isEmpty() && samples.peekLast().position() > reached) {
            samples.clear(); // the read side was rebuilt: positions start again from the beginning
        }
        samples.addLast(new Sample(now, reached));
        long settled = -1;
        while (!samples.isEmpty() && samples.peekFirst().at().isBefore(now.minusMillis(settleMillis))) {
            settled = samples.removeFirst().position();
        }
        return settled;
    }

    private TrackingToken tokenAt(long position) {
        if (position < 0) {
            return null;
        }
        return eventStore.createTailToken() instanceof GlobalSequenceTrackingToken
                ? new GlobalSequenceTrackingToken(position)
                : GapAwareTrackingToken.newInstance(position, List.of());
    }

    private record Sample(Instant at, long position) {
    }
}
