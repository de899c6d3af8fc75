package uk.police.collaboration.ledger.ledgerlog;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Health of the read side: {@code DEGRADED} while any programme is parked, naming them (the ledger
 * still records commands and every other programme's views are current), {@code UP} otherwise.
 * An {@link AbstractHealthIndicator}, so that a database that cannot be reached makes this
 * component DOWN (with the error) instead of failing the whole health answer.
 */
@Component("readSide")
class ReadSideHealth extends AbstractHealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "Some programmes' views are parked after a failure");

    private final ParkedProgrammes parked;

    ReadSideHealth(ParkedProgrammes parked) {
        super("Read side health check failed");
        this.parked = parked;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        List<ParkedProgrammes.Parked> list = parked.list();
        if (list.isEmpty()) {
            builder.up();
            return;
        }
        builder.status(DEGRADED)
                .withDetail("parkedProgrammes", list.stream().map(ParkedProgrammes.Parked::collaborationId).limit(50).toList())
                .withDetail("parked", list.size())
                .withDetail("retry", "POST /api/admin/projections/parked/retry");
    }
}
