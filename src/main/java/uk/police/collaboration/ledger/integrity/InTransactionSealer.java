package uk.police.collaboration.ledger.integrity;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Seals events in the transaction that appends them (issue 9 item 5, issue 13 item 1): for each
 * appended row, read back by event id so the seal covers the stored bytes, the stream's HMAC link
 * and the next Merkle leaf. Runs under the log's advisory lock (see {@link LogAppender}); its
 * cost on the write path is the timer {@code ledger.integrity.seal} (docs/integrity.md gives a
 * figure).
 */
@Component
public class InTransactionSealer {

    private final JdbcTemplate jdbc;
    private final SealStore seals;
    private final LogAppender log;
    private final IntegrityKey key;
    private final Timer timer;

    InTransactionSealer(JdbcTemplate jdbc, SealStore seals, LogAppender log, IntegrityKey key, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.seals = seals;
        this.log = log;
        this.key = key;
        this.timer = Timer.builder("ledger.integrity.seal")
                .description("Time spent sealing and logging appended events inside their transaction").register(meters);
    }

    /** The event store's engine, sealing every append (config/EventStoreConfig). */
    public EventStorageEngine sealing(EventStorageEngine engine, TransactionManager transactions) {
        return new SealingEventStorageEngine(engine, this, transactions);
    }

    void lock() {
        log.lock();
        if (!legacyLogged) {
            logLegacyEvents();
        }
    }

    void sealAppended(List<? extends EventMessage<?>> events) {
        timer.record(() -> {
            List<String> ids = events.stream().map(EventMessage::getIdentifier).toList();
            List<StoredEvent> rows = readBack(events);
            if (rows.size() != ids.size() || !rows.stream().map(StoredEvent::eventId).toList().containsAll(ids)) {
                throw new IllegalStateException("Appended " + ids.size() + " events but found " + rows.size()
                        + " of them in domainevententry: refusing to commit unsealed events");
            }
            sealAndLog(rows);
        });
    }

    /**
     * The appended rows as stored, in global order. Read by each stream's sequence range through the
     * (aggregateidentifier, sequencenumber) unique index: reading by event id through {@code = ANY (?)}
     * was seen taking ~28 ms per command once 100k events were stored (benchmark S7), and this read
     * runs under the log's lock, so every append waited for it.
     */
    private List<StoredEvent> readBack(List<? extends EventMessage<?>> events) {
        Map<String, long[]> ranges = new LinkedHashMap<>();
        List<String> others = new ArrayList<>();
        for (EventMessage<?> event : events) {
            if (event instanceof DomainEventMessage<?> domain && domain.getAggregateIdentifier() != null) {
                long sequence = domain.getSequenceNumber();
                ranges.merge(domain.getAggregateIdentifier(), new long[]{sequence, sequence},
                        (a, b) -> new long[]{Math.min(a[0], b[0]), Math.max(a[1], b[1])});
            } else {
                others.add(event.getIdentifier());
            }
        }
        List<StoredEvent> rows = new ArrayList<>(events.size());
        ranges.forEach((stream, range) -> rows.addAll(jdbc.query("SELECT " + StoredEvent.COLUMNS + " FROM domainevententry "
                + "WHERE aggregateidentifier = ? AND sequencenumber BETWEEN ? AND ?", StoredEvent.ROW, stream, range[0], range[1])));
        for (String id : others) {
            rows.addAll(jdbc.query("SELECT " + StoredEvent.COLUMNS + " FROM domainevententry WHERE eventidentifier = ?",
                    StoredEvent.ROW, id));
        }
        rows.sort(Comparator.comparingLong(StoredEvent::globalIndex));
        return rows;
    }

    private volatile boolean legacyLogged;

    /**
     * A ledger that existed before sealing moved into the appending transaction (migration V160)
     * has events up to sealing_epoch that the log does not hold yet: they become its first leaves,
     * in global order, before any later event (the caller holds the log's lock). Any of them the
     * old asynchronous sealer had not reached is sealed now. Runs once per process.
     */
    void logLegacyEvents() {
        Long epoch = jdbc.queryForObject("SELECT asynchronous_through FROM sealing_epoch", Long.class);
        long after = jdbc.queryForObject("SELECT coalesce(max(global_index), -1) FROM log_leaf", Long.class);
        while (epoch != null && after < epoch) {
            List<StoredEvent> page = jdbc.query("SELECT " + StoredEvent.COLUMNS + " FROM domainevententry "
                    + "WHERE globalindex > ? AND globalindex <= ? ORDER BY globalindex LIMIT 500", StoredEvent.ROW, after, epoch);
            if (page.isEmpty()) {
                break;
            }
            List<StoredEvent> unsealed = page.stream().filter(event -> seals.sealOf(event.globalIndex()).isEmpty()).toList();
            List<LogAppender.Entry> leaves = new ArrayList<>(page.size());
            for (StoredEvent event : page) {
                if (unsealed.contains(event)) {
                    seals.append(Seal.of(event, previousLink(event), key));
                }
                LeafData.Sealed leaf = LeafData.seal(event);
                leaves.add(new LogAppender.Entry(event.globalIndex(), event.eventId(), leaf.data(), json(leaf.salts())));
            }
            log.append(leaves);
            after = page.get(page.size() - 1).globalIndex();
        }
        legacyLogged = true;
    }

    private void sealAndLog(List<StoredEvent> rows) {
        {
            Map<String, String> heads = new HashMap<>();
            List<LogAppender.Entry> leaves = new ArrayList<>(rows.size());
            for (StoredEvent row : rows) {
                String previous = heads.containsKey(row.stream()) ? heads.get(row.stream()) : previousLink(row);
                Seal seal = Seal.of(row, previous, key);
                if (!seals.append(seal)) {
                    throw new IllegalStateException("Event " + row.eventId() + " already has a seal: refusing to seal it twice");
                }
                heads.put(row.stream(), seal.link());
                LeafData.Sealed leaf = LeafData.seal(row);
                leaves.add(new LogAppender.Entry(row.globalIndex(), row.eventId(), leaf.data(), json(leaf.salts())));
            }
            log.append(leaves);
        }
    }

    private String previousLink(StoredEvent event) {
        if (event.sequence() == 0) {
            return StoredEvent.GENESIS_HEX;
        }
        return seals.seal(event.stream(), event.sequence() - 1).map(Seal::link).orElseThrow(() -> new IllegalStateException(
                "Stream " + event.stream() + " has no seal at sequence " + (event.sequence() - 1)
                        + ": cannot seal sequence " + event.sequence() + " (event " + event.eventId() + ")"));
    }

    private static String json(Map<String, String> salts) {
        try {
            return LeafData.JSON.writeValueAsString(salts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
