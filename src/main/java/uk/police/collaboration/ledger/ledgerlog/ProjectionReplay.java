package uk.police.collaboration.ledger.ledgerlog;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Map;

/**
 * Rebuilds the read side from the first event: stops the ledger-log processor, resets its tokens
 * (which runs the reset handler: the log and every derived view are emptied), and starts it again.
 * Progress is visible as the gauge {@code ledger.projection.replay.position}, in the log, and
 * from {@link #status()}.
 *
 * <p>A rebuild over forged rows is not silent. A row in the event store without a seal (forged by a
 * plain INSERT, or its seal removed) is folded like any other — the read side mirrors the store, and
 * leaving it out would make the views disagree with the store in a way nothing reports — but the
 * rebuild names it: the status it answers counts the unsealed events and names their positions,
 * and the log says so at WARN, pointing to verification ({@code GET /api/integrity/verify}), which
 * reports each one as UNSEALED_EVENT. Removing a forged row is an operator's decision after the
 * verifier's report (restore from backup, docs/operations.md), not something a rebuild guesses.
 */
@Service
public class ProjectionReplay {

    private static final Logger log = LoggerFactory.getLogger(ProjectionReplay.class);

    private final EventProcessingConfiguration processing;
    private final UnsealedEvents unsealedEvents;
    private volatile UnsealedEvents.Finding foldedUnsealed = UnsealedEvents.Finding.NONE;

    ProjectionReplay(EventProcessingConfiguration processing, UnsealedEvents unsealedEvents, MeterRegistry meters) {
        this.processing = processing;
        this.unsealedEvents = unsealedEvents;
        Gauge.builder("ledger.projection.replay.position", this, replay -> replay.status().position())
                .description("Lowest global index the ledger-log processor has reached in each segment (-1 before the first)")
                .register(meters);
    }

    public ReplayStatus replay() {
        StreamingEventProcessor processor = processor();
        log.info("Replay of {} requested: stopping, resetting and restarting the processor", LedgerLogProjector.PROCESSING_GROUP);
        UnsealedEvents.Finding unsealed = unsealedEvents.find();
        foldedUnsealed = unsealed;
        if (unsealed.count() > 0) {
            log.warn("The rebuild folds {} event(s) that have no seal, at global positions {}{}: they were written behind "
                    + "the ledger's back or their seals removed; see GET /api/integrity/verify (UNSEALED_EVENT)",
                    unsealed.count(), unsealed.positions(), unsealed.count() > unsealed.positions().size() ? " and more" : "");
        }
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        return status();
    }

    public ReplayStatus status() {
        StreamingEventProcessor processor = processor();
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        boolean replaying = segments.values().stream().anyMatch(EventTrackerStatus::isReplaying);
        long position = segments.values().stream()
                .map(EventTrackerStatus::getCurrentPosition)
                .mapToLong(current -> current.orElse(-1))
                .min().orElse(-1);
        UnsealedEvents.Finding unsealed = foldedUnsealed;
        return new ReplayStatus(LedgerLogProjector.PROCESSING_GROUP, processor.isRunning(), replaying, position, segments.size(),
                unsealed.count(), unsealed.positions());
    }

    private StreamingEventProcessor processor() {
        return processing.eventProcessor(LedgerLogProjector.PROCESSING_GROUP, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no streaming processor " + LedgerLogProjector.PROCESSING_GROUP));
    }

    /**
     * Where a rebuild stands. {@code unsealedEvents} and {@code unsealedPositions} (the first
     * {@value UnsealedEvents#NAMED}) are what the last rebuild this node started folded without a seal.
     */
    public record ReplayStatus(String processor, boolean running, boolean replaying, long position, int segments,
                               long unsealedEvents, List<Long> unsealedPositions) {
    }

}
