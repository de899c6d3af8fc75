package uk.police.collaboration.ledger.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Each processing group's lag behind the event store, in events ({@code ledger.processor.lag.events})
 * and in seconds ({@code ledger.processor.lag}, Prometheus {@code ledger_processor_lag_seconds}),
 * tagged {@code group}. Read on a schedule (ledger.observability.refresh) rather than on every
 * scrape, so a scrape never waits on the token store.
 */
@Component
@EnableConfigurationProperties(ObservabilitySettings.class)
class ProcessorLagMeters {

    private static final Logger log = LoggerFactory.getLogger(ProcessorLagMeters.class);

    private final ProcessorProgress progress;
    private final MeterRegistry meters;
    private final Map<String, ProcessorProgress.GroupProgress> latest = new ConcurrentHashMap<>();

    ProcessorLagMeters(ProcessorProgress progress, MeterRegistry meters, ObservabilitySettings settings) {
        this.progress = progress;
        this.meters = meters;
    }

    /** The meters exist from the moment the application is ready, not only after the first scheduled reading. */
    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        refresh();
    }

    @Scheduled(initialDelayString = "${ledger.observability.refresh:PT10S}", fixedDelayString = "${ledger.observability.refresh:PT10S}")
    void refresh() {
        try {
            for (ProcessorProgress.GroupProgress group : progress.read()) {
                if (latest.put(group.group(), group) == null) {
                    register(group.group());
                }
            }
        } catch (RuntimeException e) {
            // A database that does not answer is reported by health; the meters keep their last reading.
            log.warn("Processor lag not read: {}", e.toString());
        }
    }

    private void register(String group) {
        Gauge.builder("ledger.processor.lag.events", latest, l -> l.get(group).eventsBehind())
                .description("Events in the store the processing group has not handled yet")
                .baseUnit("events").tag("group", group).register(meters);
        TimeGauge.builder("ledger.processor.lag", latest, TimeUnit.SECONDS, l -> l.get(group).behind().toMillis() / 1000.0)
                .description("Age of the oldest event the processing group has not handled yet")
                .tag("group", group).register(meters);
    }
}
