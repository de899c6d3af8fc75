package uk.police.collaboration.ledger.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The integrity record as meters, read with plain SQL from the integrity tables (so it does not
 * depend on the integrity code's classes): whether the last verification found the ledger intact
 * and how long ago it ran, how old the newest digest and the newest signed checkpoint are, and how
 * many events are not sealed yet. A table that a deployment does not have yet reads as NaN (no
 * data), never as a reassuring zero.
 */
@Component
class IntegrityMeters {

    private static final Logger log = LoggerFactory.getLogger(IntegrityMeters.class);

    private final JdbcTemplate jdbc;
    private final boolean eventsInThisDatabase;
    private volatile Reading reading = Reading.NONE;

    IntegrityMeters(JdbcTemplate jdbc, MeterRegistry meters, @Value("${axon.axonserver.enabled:false}") boolean axonServer) {
        this.jdbc = jdbc;
        // Under the axonserver profile the events are in Axon Server: nothing here to count as unsealed.
        this.eventsInThisDatabase = !axonServer;
        Gauge.builder("ledger.integrity.verification.intact", this, m -> m.reading.intact())
                .description("1 if the last integrity verification found the ledger intact, 0 if it found a break")
                .register(meters);
        TimeGauge.builder("ledger.integrity.verification.age", this, TimeUnit.SECONDS, m -> m.reading.verificationAge())
                .description("Time since the last integrity verification").register(meters);
        TimeGauge.builder("ledger.integrity.digest.age", this, TimeUnit.SECONDS, m -> m.reading.digestAge())
                .description("Time since the newest signed ledger digest").register(meters);
        TimeGauge.builder("ledger.integrity.checkpoint.age", this, TimeUnit.SECONDS, m -> m.reading.checkpointAge())
                .description("Time since the newest signed transparency-log checkpoint").register(meters);
        Gauge.builder("ledger.integrity.unsealed", this, m -> m.reading.unsealed())
                .description("Events in the store above the highest sealed one").baseUnit("events").register(meters);
    }

    @Scheduled(initialDelayString = "${ledger.observability.refresh:PT10S}", fixedDelayString = "${ledger.observability.refresh:PT10S}")
    void refresh() {
        try {
            reading = new Reading(intact(), secondsSince("integrity_verification", "verified_at"),
                    secondsSince("ledger_digest", "taken_at"), secondsSince("log_checkpoint", "signed_at"), unsealed());
        } catch (RuntimeException e) {
            log.warn("Integrity meters not read: {}", e.toString());
        }
    }

    private boolean exists(String table) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT to_regclass(?) IS NOT NULL", Boolean.class, table));
    }

    private double intact() {
        if (!exists("integrity_verification")) {
            return Double.NaN;
        }
        List<String> status = jdbc.queryForList("SELECT status FROM integrity_verification ORDER BY verified_at DESC, id DESC LIMIT 1", String.class);
        return status.isEmpty() ? Double.NaN : "OK".equals(status.get(0)) ? 1 : 0;
    }

    private double secondsSince(String table, String column) {
        if (!exists(table)) {
            return Double.NaN;
        }
        Double seconds = jdbc.queryForObject("SELECT EXTRACT(EPOCH FROM (now() - max(" + column + "))) FROM " + table, Double.class);
        return seconds == null ? Double.NaN : seconds;
    }

    /** Events above the highest sealed global index (the seal table, or the transparency log where it exists). */
    private double unsealed() {
        if (!eventsInThisDatabase) {
            return Double.NaN;
        }
        String sealed = "SELECT max(global_index) FROM event_seal";
        if (exists("log_leaf")) {
            sealed = "SELECT greatest((SELECT max(global_index) FROM event_seal), (SELECT max(global_index) FROM log_leaf))";
        }
        Long count = jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE globalindex > coalesce((" + sealed + "), -1)", Long.class);
        return count == null ? Double.NaN : count;
    }

    private record Reading(double intact, double verificationAge, double digestAge, double checkpointAge, double unsealed) {
        static final Reading NONE = new Reading(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
}
