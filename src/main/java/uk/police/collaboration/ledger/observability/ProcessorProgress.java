package uk.police.collaboration.ledger.observability;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import uk.police.collaboration.ledger.config.StoredTokens;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * How far each streaming processor has got, read from the shared token store rather than from this
 * node's threads: on a deployment of several nodes a segment may be claimed elsewhere, and the
 * answer must be the same on every node.
 */
@Component
class ProcessorProgress {

    private final EventProcessingConfiguration processing;
    private final TokenStore tokenStore;
    private final StoredTokens storedTokens;
    private final EventStore eventStore;
    private final Clock clock = Clock.systemUTC();

    ProcessorProgress(EventProcessingConfiguration processing, TokenStore tokenStore, StoredTokens storedTokens,
                      EventStore eventStore) {
        this.processing = processing;
        this.tokenStore = tokenStore;
        this.storedTokens = storedTokens;
        this.eventStore = eventStore;
    }

    /** The streaming processors' names (processing groups). */
    List<String> groups() {
        return processing.eventProcessors().entrySet().stream()
                .filter(entry -> entry.getValue() instanceof StreamingEventProcessor)
                .map(java.util.Map.Entry::getKey).sorted().toList();
    }

    /** The newest global index in the event store, or -1 when it is empty. */
    long head() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }

    /** Every group's position against the head, with the age of the oldest event not yet handled. */
    List<GroupProgress> read() {
        long head = head();
        List<GroupProgress> progress = new ArrayList<>();
        for (String group : groups()) {
            progress.add(progressOf(group, head));
        }
        return progress;
    }

    /** Every group's position against the head, without reading any event (for the readiness probe). */
    List<GroupProgress> positions() {
        long head = head();
        List<GroupProgress> progress = new ArrayList<>();
        for (String group : groups()) {
            progress.add(progressOf(group, head, false));
        }
        return progress;
    }

    GroupProgress progressOf(String group, long head) {
        return progressOf(group, head, true);
    }

    private GroupProgress progressOf(String group, long head, boolean withAge) {
        int[] segments = tokenStore.fetchSegments(group);
        if (segments.length == 0) {
            return new GroupProgress(group, -1, head, false, Duration.ZERO);
        }
        long lowest = Long.MAX_VALUE;
        TrackingToken slowest = null;
        // Read without claiming: fetchToken would claim each segment for this node (StoredTokens).
        for (TrackingToken token : storedTokens.of(group)) {
            long position = token == null ? -1 : token.position().orElse(-1);
            if (position < lowest) {
                lowest = position;
                slowest = token;
            }
        }
        Duration behind = lowest >= head || !withAge ? Duration.ZERO : ageOfNextEvent(slowest);
        return new GroupProgress(group, lowest, head, true, behind);
    }

    /**
     * How long ago the first event after the slowest segment's token was recorded: how far in time
     * the group is behind (an upper bound, as that event may belong to a segment that has handled it).
     */
    private Duration ageOfNextEvent(TrackingToken token) {
        // During a replay the stored token is a ReplayToken; the store opens streams from the token it wraps.
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(WrappedToken.unwrapLowerBound(token))) {
            if (stream.hasNextAvailable()) {
                Instant recorded = stream.nextAvailable().getTimestamp();
                Duration age = Duration.between(recorded, clock.instant());
                return age.isNegative() ? Duration.ZERO : age;
            }
            return Duration.ZERO;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Duration.ZERO;
        }
    }

    /**
     * @param position    the lowest position over the group's segments (-1: none yet)
     * @param initialised false until the group has claimed its segments in the token store
     */
    record GroupProgress(String group, long position, long head, boolean initialised, Duration behind) {

        long eventsBehind() {
            return Math.max(0, head - position);
        }

        boolean caughtUpWith(long target) {
            return initialised && position >= target;
        }
    }
}
