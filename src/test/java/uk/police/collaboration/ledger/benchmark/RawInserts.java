package uk.police.collaboration.ledger.benchmark;

import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The raw-PostgreSQL side of the append figures: what the event store does per event, without the
 * ledger — one row of the event table's shape (a copy of the table with its indexes, and the
 * payload and metadata bytes of a real RaiseRisk event), one commit, through the same pool.
 */
final class RawInserts {

    /** The benchmark's ledgers also run src/test/resources/db/benchmark, which creates bench_raw as the owner role. */
    static final String FLYWAY_LOCATIONS = "--spring.flyway.locations=classpath:db/migration,classpath:db/benchmark";

    private final DataSource dataSource;
    private final byte[] payload;
    private final byte[] metadata;

    /** Needs one real event of record {@code templateRecord} in the store to copy the row shape from. */
    RawInserts(JdbcTemplate jdbc, DataSource dataSource, String templateRecord) {
        this.dataSource = dataSource;
        List<byte[][]> shape = jdbc.query("SELECT payload, metadata FROM domainevententry WHERE aggregateidentifier = ?",
                (rs, i) -> new byte[][]{rs.getBytes(1), rs.getBytes(2)}, templateRecord);
        this.payload = shape.get(0)[0];
        this.metadata = shape.get(0)[1];
    }

    void insert(String stream) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO bench_raw (aggregateidentifier, sequencenumber, "
                     + "type, eventidentifier, metadata, payload, payloadrevision, payloadtype, timestamp) "
                     + "VALUES (?, 0, 'Risk', ?, ?, ?, '1', 'uk.police.collaboration.ledger.risk.api.RiskRaised', ?)")) {
            insert.setString(1, stream);
            insert.setString(2, UUID.randomUUID().toString());
            insert.setBytes(3, metadata);
            insert.setBytes(4, payload);
            insert.setString(5, Instant.now().toString());
            insert.executeUpdate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
