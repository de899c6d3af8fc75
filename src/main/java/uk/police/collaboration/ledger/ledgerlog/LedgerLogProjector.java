package uk.police.collaboration.ledger.ledgerlog;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import uk.police.collaboration.ledger.readside.ProgrammeLocks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Feeds the read side. Every event, of every record, lands once in the ledger log; the programmes
 * a batch touched are then advanced by the batch's events in each {@link ProgrammeProjection}, in
 * the same transaction, each programme in its own savepoint so that a failure parks only that
 * programme ({@link ParkedProgrammes}). Replayable: the reset handler clears the log, the parked
 * list and every derived view.
 */
@Component
@ProcessingGroup(LedgerLogProjector.PROCESSING_GROUP)
public class LedgerLogProjector {

    public static final String PROCESSING_GROUP = "ledger-log";
    static final String APPLIED_BY_PROCESSOR = "processor";
    private static final Logger log = LoggerFactory.getLogger(LedgerLogProjector.class);
    private static final String ARRIVED = LedgerLogProjector.class.getName() + ".arrived";
    private static final String RELAXED = LedgerLogProjector.class.getName() + ".relaxed";

    private final LedgerLog ledgerLog;
    private final EventPositions positions;
    private final List<ProgrammeProjection> projections;
    private final ParkedProgrammes parked;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate savepoint;
    private final Counter applied;
    private final Counter replayed;

    LedgerLogProjector(LedgerLog ledgerLog, EventPositions positions, List<ProgrammeProjection> projections,
                       ParkedProgrammes parked, JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
                       MeterRegistry meters) {
        this.ledgerLog = ledgerLog;
        this.positions = positions;
        this.projections = projections;
        this.parked = parked;
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(transactionManager);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.applied = Counter.builder("ledger.projection.events").tag("mode", "live")
                .description("Events applied to the ledger log").register(meters);
        this.replayed = Counter.builder("ledger.projection.events").tag("mode", "replay")
                .description("Events applied to the ledger log during a replay").register(meters);
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message, TrackingToken token, ReplayStatus status) {
        if (CurrentUnitOfWork.isStarted()) {
            // Once per batch: the batch's transaction (ledger log, views and token together) need not wait for the disk.
            CurrentUnitOfWork.get().root().getOrComputeResource(RELAXED, key -> {
                ledgerLog.commitWithoutWaitingForDisk();
                return Boolean.TRUE;
            });
        }
        long index = positions.of(message, token);
        apply(RecordedEventMapper.from(message, index), APPLIED_BY_PROCESSOR);
        if (status.isReplay()) {
            replayed.increment();
            if (index % 1000 == 0) {
                log.info("Rebuilding the ledger log: at global index {}", index);
            }
        } else {
            applied.increment();
        }
    }

    /** Shared with the completeness guard, so a late event takes exactly the same path. */
    void apply(RecordedEvent event, String appliedBy) {
        if (!ledgerLog.append(event, appliedBy) || event.collaborationId() == null) {
            return;
        }
        if (CurrentUnitOfWork.isStarted()) {
            UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
            Map<String, List<RecordedEvent>> arrived = unitOfWork.getOrComputeResource(ARRIVED, key -> {
                Map<String, List<RecordedEvent>> programmes = new LinkedHashMap<>();
                unitOfWork.onPrepareCommit(u -> refresh(programmes));
                return programmes;
            });
            arrived.computeIfAbsent(event.collaborationId(), id -> new ArrayList<>()).add(event);
        } else {
            refresh(Map.of(event.collaborationId(), List.of(event)));
        }
    }

    /**
     * Each programme in its own savepoint: one whose views cannot be folded or written is parked
     * (its events stay in the ledger log) and the batch, and every other programme, goes on.
     * A parked programme's later events wait in the ledger log until a retry.
     */
    private void refresh(Map<String, List<RecordedEvent>> arrived) {
        ProgrammeLocks.lock(jdbc, arrived.keySet());
        Set<String> alreadyParked = parked.parkedAmong(arrived.keySet());
        for (Map.Entry<String, List<RecordedEvent>> programme : arrived.entrySet()) {
            String id = programme.getKey();
            if (alreadyParked.contains(id)) {
                parked.waiting(id, programme.getValue().size());
                continue;
            }
            try {
                savepoint.executeWithoutResult(status -> projections.forEach(p -> p.refresh(Map.of(id, programme.getValue()))));
            } catch (RuntimeException e) {
                RecordedEvent first = programme.getValue().get(0);
                log.error("The views of programme {} could not be written at event {} (global index {}); the programme is "
                        + "parked and the others go on: see /api/admin/projections/parked", id, first.eventId(), first.globalIndex(), e);
                parked.park(id, first, e);
            }
        }
    }

    /** A parked programme folded again from its whole ledger log; unparked when that works. True when it did. */
    boolean retry(String collaborationId) {
        try {
            savepoint.executeWithoutResult(status -> {
                ProgrammeLocks.lock(jdbc, Set.of(collaborationId));
                projections.forEach(p -> p.refresh(Set.of(collaborationId)));
            });
            parked.unpark(collaborationId);
            log.info("Programme {} was folded again from its ledger log and is no longer parked", collaborationId);
            return true;
        } catch (RuntimeException e) {
            parked.stillFailing(collaborationId, e);
            log.warn("Programme {} is still parked: {}", collaborationId, e.toString());
            return false;
        }
    }

    @ResetHandler
    void reset() {
        log.info("Resetting the ledger log and {} derived views for a replay", projections.size());
        ledgerLog.clear();
        parked.clear();
        projections.forEach(ProgrammeProjection::reset);
    }
}
