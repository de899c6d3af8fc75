package uk.police.collaboration.ledger.ledgerlog;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.util.Map;

/**
 * Rebuilds the read side from the first event: stops the ledger-log processor, resets its tokens
 * (which runs the reset handler: the log and every derived view are emptied), and starts it again.
 * Progress is visible as the gauge {@code ledger.projection.replay.position}, in the log, and
 * from {@link #status()}.
 */
@Service
public class ProjectionReplay {

    private static final Logger log = LoggerFactory.getLogger(ProjectionReplay.class);

    private final EventProcessingConfiguration processing;

    ProjectionReplay(EventProcessingConfiguration processing, MeterRegistry meters) {
        this.processing = processing;
        Gauge.builder("ledger.projection.replay.position", this, replay -> replay.status().position())
                .description("Lowest global index the ledger-log processor has reached in each segment (-1 before the first)")
                .register(meters);
    }

    public ReplayStatus replay() {
        StreamingEventProcessor processor = processor();
        log.info("Replay of {} requested: stopping, resetting and restarting the processor", LedgerLogProjector.PROCESSING_GROUP);
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
        return new ReplayStatus(LedgerLogProjector.PROCESSING_GROUP, processor.isRunning(), replaying, position, segments.size());
    }

    private StreamingEventProcessor processor() {
        return processing.eventProcessor(LedgerLogProjector.PROCESSING_GROUP, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no streaming processor " + LedgerLogProjector.PROCESSING_GROUP));
    }

    /** Where a rebuild stands. */
    public record ReplayStatus(String processor, boolean running, boolean replaying, long position, int segments) {
    }

}
