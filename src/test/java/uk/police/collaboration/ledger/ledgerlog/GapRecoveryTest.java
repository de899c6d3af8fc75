package uk.police.collaboration.ledger.ledgerlog;

import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.police.collaboration.ledger.risk.api.RiskRaised;
import uk.police.collaboration.ledger.shared.EnvelopeKeys;
import uk.police.collaboration.ledger.support.LedgerClient;
import uk.police.collaboration.ledger.support.LedgerIntegrationTest;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pitfall 1, reproduced: a transaction holding a lower global index commits after a later event
 * whose timestamp is already older than the gap time-out. The tracking processor moves past the
 * lower index without noting a gap, so it never delivers that event; the completeness guard does.
 */
@LedgerIntegrationTest
class GapRecoveryTest {

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    @Qualifier("eventSerializer")
    Serializer serializer;

    @Test
    void anEventCommittedLateBehindAnOlderLaterEventStillReachesTheLedgerLog() throws Exception {
        String programme = LedgerClient.newId("gap");
        var registered = new LedgerClient(port).as("secretariat", "demo-secretariat").command("RegisterCollaboration", LedgerClient.newId("cmd"), "2018-01-10",
                "{\"collaborationId\":\"" + programme + "\",\"title\":\"Gap\",\"scope\":\"s\",\"parties\":[{\"partyId\":\"a\","
                        + "\"name\":\"A\",\"kind\":\"FORCE\",\"corporationSole\":true}],\"leadPartyId\":null,\"leadOfficer\":null}");
        assertThat(registered.status()).isEqualTo(201);

        String lateEvent = UUID.randomUUID().toString();
        String skewedEvent = UUID.randomUUID().toString();
        try (Connection slow = dataSource.getConnection()) {
            slow.setAutoCommit(false);
            long lateIndex = insertRisk(slow, lateEvent, programme, Instant.now());

            // A later event whose timestamp is ten minutes old (a node whose clock runs behind) commits first.
            long skewedIndex;
            try (Connection other = dataSource.getConnection()) {
                skewedIndex = insertRisk(other, skewedEvent, programme, Instant.now().minus(Duration.ofMinutes(10)));
            }
            assertThat(skewedIndex).isGreaterThan(lateIndex);
            awaitTrue(() -> inLedgerLog(skewedEvent), "the processor handles the later event");

            slow.commit();
        }

        awaitTrue(() -> inLedgerLog(lateEvent), "the late event reaches the ledger log");
        assertThat(jdbc.queryForObject("SELECT applied_by FROM ledger_event WHERE event_id = ?", String.class, lateEvent))
                .as("the processor itself passed over it: the guard had to deliver it")
                .isEqualTo(CompletenessGuard.APPLIED_BY_GUARD);
        assertThat(jdbc.queryForObject("SELECT applied_by FROM ledger_event WHERE event_id = ?", String.class, skewedEvent))
                .isEqualTo(LedgerLogProjector.APPLIED_BY_PROCESSOR);
    }

    @Test
    void anEventThatFillsAGapIsFiledUnderItsOwnPositionAndLosesNoOther() throws Exception {
        String programme = LedgerClient.newId("gapfill");
        var registered = new LedgerClient(port).as("secretariat", "demo-secretariat").command("RegisterCollaboration",
                LedgerClient.newId("cmd"), "2018-01-10", "{\"collaborationId\":\"" + programme + "\",\"title\":\"Gap\","
                        + "\"scope\":\"s\",\"parties\":[{\"partyId\":\"a\",\"name\":\"A\",\"kind\":\"FORCE\","
                        + "\"corporationSole\":true}],\"leadPartyId\":null,\"leadOfficer\":null}");
        assertThat(registered.status()).isEqualTo(201);
        String lateEvent = UUID.randomUUID().toString();
        String laterEvent = UUID.randomUUID().toString();
        long lateIndex;
        long laterIndex;
        try (Connection slow = dataSource.getConnection()) {
            slow.setAutoCommit(false);
            lateIndex = insertRisk(slow, lateEvent, programme, Instant.now());
            try (Connection other = dataSource.getConnection()) {
                laterIndex = insertRisk(other, laterEvent, programme, Instant.now());
            }
            awaitTrue(() -> inLedgerLog(laterEvent), "the processor handles the later event");
            slow.commit();
        }

        awaitTrue(() -> inLedgerLog(lateEvent), "the late event reaches the ledger log");
        assertThat(jdbc.queryForObject("SELECT global_index FROM ledger_event WHERE event_id = ?", Long.class, lateEvent))
                .isEqualTo(lateIndex);
        assertThat(jdbc.queryForObject("SELECT global_index FROM ledger_event WHERE event_id = ?", Long.class, laterEvent))
                .isEqualTo(laterIndex);
        assertThat(jdbc.queryForObject("SELECT applied_by FROM ledger_event WHERE event_id = ?", String.class, lateEvent))
                .as("a gap within the time-out is the processor's to fill").isEqualTo(LedgerLogProjector.APPLIED_BY_PROCESSOR);
    }

    private boolean inLedgerLog(String eventId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM ledger_event WHERE event_id = ?)",
                Boolean.class, eventId));
    }

    private long insertRisk(Connection connection, String eventId, String programme, Instant timestamp) throws Exception {
        String riskId = "risk-" + eventId;
        SerializedObject<byte[]> payload = serializer.serialize(
                new RiskRaised(riskId, programme, "x", "Written by hand for the gap test", null, null, null), byte[].class);
        SerializedObject<byte[]> metaData = serializer.serialize(MetaData.from(Map.of(
                EnvelopeKeys.COMMAND_ID, "gap-" + eventId, EnvelopeKeys.EFFECTIVE_ON, "2018-03-22",
                EnvelopeKeys.RECORDED_BY, "gap-test", EnvelopeKeys.SOURCE_REFERENCE, "TEST/GAP")), byte[].class);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO domainevententry (aggregateidentifier, "
                + "sequencenumber, type, eventidentifier, metadata, payload, payloadrevision, payloadtype, timestamp) "
                + "VALUES (?, 0, 'Risk', ?, ?, ?, ?, ?, ?) RETURNING globalindex")) {
            insert.setString(1, riskId);
            insert.setString(2, eventId);
            insert.setBytes(3, metaData.getData());
            insert.setBytes(4, payload.getData());
            insert.setString(5, payload.getType().getRevision());
            insert.setString(6, payload.getType().getName());
            insert.setString(7, timestamp.toString());
            try (ResultSet index = insert.executeQuery()) {
                index.next();
                return index.getLong(1);
            }
        }
    }

    private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Timed out waiting until " + what);
            }
            Thread.sleep(100);
        }
    }
}
