package uk.police.collaboration.ledger.ledgerlog;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Health of the read side: {@code DEGRADED} while any programme is parked, naming them (the ledger
 * still records commands and every other programme's views are current), {@code UP} otherwise.
 */
@Component("readSide")
class ReadSideHealth implements HealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "Some programmes' views are parked after a failure");

    private final ParkedProgrammes parked;

    ReadSideHealth(ParkedProgrammes parked) {
        this.parked = parked;
    }

    @Override
    public Health health() {
        List<ParkedProgrammes.Parked> list = parked.list();
        if (list.isEmpty()) {
            return Health.up().build();
        }
        return Health.status(DEGRADED)
                .withDetail("parkedProgrammes", list.stream().map(ParkedProgrammes.Parked::collaborationId).limit(50).toList())
                .withDetail("parked", list.size())
                .withDetail("retry", "POST /api/admin/projections/parked/retry")
                .build();
    }
}
