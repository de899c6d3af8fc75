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
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Feeds the read side. Every event, of every record, lands once in the ledger log; the programmes
 * a batch touched are then refreshed in each {@link ProgrammeProjection}, in the same transaction.
 * Replayable: the reset handler clears the log and every derived view.
 */
@Component
@ProcessingGroup(LedgerLogProjector.PROCESSING_GROUP)
public class LedgerLogProjector {

    public static final String PROCESSING_GROUP = "ledger-log";
    static final String APPLIED_BY_PROCESSOR = "processor";
    private static final Logger log = LoggerFactory.getLogger(LedgerLogProjector.class);
    private static final String TOUCHED = LedgerLogProjector.class.getName() + ".touched";

    private final LedgerLog ledgerLog;
    private final EventPositions positions;
    private final List<ProgrammeProjection> projections;
    private final Counter applied;
    private final Counter replayed;

    LedgerLogProjector(LedgerLog ledgerLog, EventPositions positions, List<ProgrammeProjection> projections,
                       MeterRegistry meters) {
        this.ledgerLog = ledgerLog;
        this.positions = positions;
        this.projections = projections;
        this.applied = Counter.builder("ledger.projection.events").tag("mode", "live")
                .description("Events applied to the ledger log").register(meters);
        this.replayed = Counter.builder("ledger.projection.events").tag("mode", "replay")
                .description("Events applied to the ledger log during a replay").register(meters);
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message, TrackingToken token, ReplayStatus status) {
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
            Set<String> touched = unitOfWork.getOrComputeResource(TOUCHED, key -> {
                Set<String> programmes = new LinkedHashSet<>();
                unitOfWork.onPrepareCommit(u -> refresh(programmes));
                return programmes;
            });
            touched.add(event.collaborationId());
        } else {
            refresh(Set.of(event.collaborationId()));
        }
    }

    private void refresh(Set<String> programmes) {
        projections.forEach(projection -> projection.refresh(programmes));
    }

    @ResetHandler
    void reset() {
        log.info("Resetting the ledger log and {} derived views for a replay", projections.size());
        ledgerLog.clear();
        projections.forEach(ProgrammeProjection::reset);
    }
}
