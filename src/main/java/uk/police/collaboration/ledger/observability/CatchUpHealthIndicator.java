package uk.police.collaboration.ledger.observability;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Part of the readiness probe ({@code catchUp}): the node is ready only once every streaming
 * processor has handled every event that existed when start-up finished (migrations run and demo
 * data loaded), so a reader never gets views that lag behind the store as it was at start.
 * <p>
 * Once caught up it stays up: later lag (a large import) is reported by the lag meters, not by
 * taking every node out of the load balancer at once.
 */
@Component
class CatchUpHealthIndicator extends AbstractHealthIndicator {

    private final ProcessorProgress progress;
    private volatile Long target;
    private volatile boolean caughtUp;

    CatchUpHealthIndicator(ProcessorProgress progress) {
        super("Event processors' catch-up could not be read");
        this.progress = progress;
    }

    /** Spring Boot says the application is ready only after every runner (the demo data) has finished. */
    @EventListener
    void onReadiness(AvailabilityChangeEvent<ReadinessState> event) {
        if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC && target == null) {
            target = progress.head();
        }
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        Long goal = target;
        if (goal == null) {
            health.outOfService().withDetail("reason", "start-up has not finished (migrations, demo data)");
            return;
        }
        Map<String, Object> groups = new LinkedHashMap<>();
        boolean all = true;
        for (ProcessorProgress.GroupProgress group : progress.positions()) {
            boolean done = caughtUp || group.caughtUpWith(goal);
            all &= done;
            groups.put(group.group(), Map.of("position", group.position(), "target", goal, "caughtUp", done));
        }
        if (all) {
            caughtUp = true;
        }
        (caughtUp ? health.up() : health.outOfService()).withDetail("processors", groups);
    }
}
