package uk.police.collaboration.ledger.integrity;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import uk.police.collaboration.ledger.support.LedgerIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Rows of the event store changed in place behind the ledger's back — a payload byte, a metadata
 * value, a timestamp, a deleted, swapped or moved event, a removed or foreign seal — each named by
 * the verifier with its kind and place; and the event table refusing changes from a normal session.
 */
@LedgerIntegrationTest
class LedgerTamperingTest extends TamperingTestBase {

    @Test
    void aChangedPayloadByteIsNamedAsPayload() {
        String risk = riskWithTwoMitigations();
        awaitEverythingSealed();
        Row mitigation = events(risk).get(1);
        byte[] original = mitigation.payload();
        try {
            asSuperuser("UPDATE domainevententry SET payload = set_byte(payload, position(convert_to('Mitigation', 'UTF8') in payload) - 1, ascii('m')) "
                    + "WHERE eventidentifier = ?", mitigation.eventId());
            assertBreak(verify(), "PAYLOAD", risk, 1, mitigation.eventId());
        } finally {
            asSuperuser("UPDATE domainevententry SET payload = ? WHERE eventidentifier = ?", original, mitigation.eventId());
        }
        assertThat(verify().path("status").asText()).isEqualTo("OK");
    }

    @Test
    void aChangedMetadataValueIsNamedAsMetadata() {
        String risk = riskWithTwoMitigations();
        awaitEverythingSealed();
        Row raised = events(risk).get(0);
        try {
            asSuperuser("UPDATE domainevententry SET metadata = convert_to(replace(convert_from(metadata, 'UTF8'), 'TEST/1', 'TEST/9'), 'UTF8') "
                    + "WHERE eventidentifier = ?", raised.eventId());
            assertBreak(verify(), "METADATA", risk, 0, raised.eventId());
        } finally {
            asSuperuser("UPDATE domainevententry SET metadata = ? WHERE eventidentifier = ?", raised.metadata(), raised.eventId());
        }
    }

    @Test
    void aChangedTimestampIsNamedAsTimestamp() {
        String risk = riskWithTwoMitigations();
        awaitEverythingSealed();
        Row last = events(risk).get(2);
        try {
            asSuperuser("UPDATE domainevententry SET timestamp = '2018-03-22T09:00:00Z' WHERE eventidentifier = ?", last.eventId());
            assertBreak(verify(), "TIMESTAMP", risk, 2, last.eventId());
        } finally {
            asSuperuser("UPDATE domainevententry SET timestamp = ? WHERE eventidentifier = ?", last.timestamp(), last.eventId());
        }
    }

    @Test
    void aDeletedEventIsNamedAsMissing() {
        String risk = riskWithTwoMitigations();
        awaitEverythingSealed();
        Row mitigation = events(risk).get(1);
        try {
            asSuperuser("DELETE FROM domainevententry WHERE eventidentifier = ?", mitigation.eventId());
            assertBreak(verify(), "MISSING_EVENT", risk, 1, mitigation.eventId());
        } finally {
            reinsert(mitigation);
        }
    }

    @Test
    void swappedPayloadsAreNamedAtTheFirstOfTheTwo() {
        String risk = riskWithTwoMitigations();
        awaitEverythingSealed();
        Row first = events(risk).get(1);
        Row second = events(risk).get(2);
        try {
            asSuperuser("UPDATE domainevententry SET payload = ? WHERE eventidentifier = ?", second.payload(), first.eventId());
            asSuperuser("UPDATE domainevententry SET payload = ? WHERE eventidentifier = ?", first.payload(), second.eventId());
            assertBreak(verify(), "PAYLOAD", risk, 1, first.eventId());
        } finally {
            asSuperuser("UPDATE domainevententry SET payload = ? WHERE eventidentifier = ?", first.payload(), first.eventId());
            asSuperuser("UPDATE domainevententry SET payload = ? WHERE eventidentifier = ?", second.payload(), second.eventId());
        }
    }

    @Test
    void aForgedEventWithASealMadeWithAnotherKeyIsNamedAsASealMismatch() throws SQLException {
        String risk = riskWithTwoMitigations();
        awaitEverythingSealed();
        Row last = events(risk).get(2);
        Seal lastSeal = store.seal(risk, 2).orElseThrow();
        IntegrityKey forgersKey = new IntegrityKey("a key that is not the ledger's key!!".getBytes(StandardCharsets.UTF_8), false);
        String forgedId = java.util.UUID.randomUUID().toString();
        try (Connection connection = superuser()) {
            connection.setAutoCommit(false);
            long index;
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO domainevententry (aggregateidentifier, "
                    + "sequencenumber, type, eventidentifier, metadata, payload, payloadrevision, payloadtype, timestamp) "
                    + "VALUES (?, 3, 'Risk', ?, ?, ?, ?, ?, ?) RETURNING globalindex")) {
                insert.setString(1, risk);
                insert.setString(2, forgedId);
                insert.setBytes(3, last.metadata());
                insert.setBytes(4, last.payload());
                insert.setString(5, last.payloadRevision());
                insert.setString(6, last.payloadType());
                insert.setString(7, Instant.now().toString());
                try (ResultSet rs = insert.executeQuery()) {
                    rs.next();
                    index = rs.getLong(1);
                }
            }
            StoredEvent forged = new StoredEvent(index, risk, 3, forgedId, last.payloadType(), last.payloadRevision(),
                    last.payload(), last.metadata(), null);
            try (PreparedStatement read = connection.prepareStatement("SELECT timestamp FROM domainevententry WHERE globalindex = ?")) {
                read.setLong(1, index);
                try (ResultSet rs = read.executeQuery()) {
                    rs.next();
                    forged = new StoredEvent(index, risk, 3, forgedId, last.payloadType(), last.payloadRevision(),
                            last.payload(), last.metadata(), rs.getString(1));
                }
            }
            Seal seal = Seal.of(forged, lastSeal.link(), forgersKey);
            // The forger labels the seal with the ledger's key id, hoping to pass.
            execute(connection, "INSERT INTO event_seal (" + Seal.COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    seal.globalIndex(), seal.eventId(), seal.stream(), seal.sequence(), seal.link(), seal.previousLink(),
                    key.id(), seal.payloadType(), seal.payloadRevision(), seal.payloadSha256(), seal.metadataSha256(),
                    seal.storedTimestamp());
            connection.commit();

            assertBreak(verify(), "SEAL_MISMATCH", risk, 3, forgedId);
        } finally {
            asSuperuser("DELETE FROM event_seal WHERE event_id = ?", forgedId);
            asSuperuser("DELETE FROM domainevententry WHERE eventidentifier = ?", forgedId);
            asSuperuser("DELETE FROM ledger_event WHERE event_id = ?", forgedId);
        }
    }

    @Test
    void eventsMovedToAnotherPlaceInTheirStreamAreNamedAsOrder() {
        String risk = riskWithTwoMitigations();
        awaitEverythingSealed();
        Row first = events(risk).get(1);
        Row second = events(risk).get(2);
        try {
            asSuperuser("UPDATE domainevententry SET sequencenumber = -1 WHERE eventidentifier = ?", first.eventId());
            asSuperuser("UPDATE domainevententry SET sequencenumber = 1 WHERE eventidentifier = ?", second.eventId());
            asSuperuser("UPDATE domainevententry SET sequencenumber = 2 WHERE eventidentifier = ?", first.eventId());
            assertBreak(verify(), "ORDER", risk, 2, first.eventId());
        } finally {
            asSuperuser("UPDATE domainevententry SET sequencenumber = -1 WHERE eventidentifier = ?", first.eventId());
            asSuperuser("UPDATE domainevententry SET sequencenumber = 2 WHERE eventidentifier = ?", second.eventId());
            asSuperuser("UPDATE domainevententry SET sequencenumber = 1 WHERE eventidentifier = ?", first.eventId());
        }
    }

    @Test
    void anEventWhoseSealWasRemovedIsNamedAsUnsealed() {
        String risk = riskWithTwoMitigations();
        awaitEverythingSealed();
        Row mitigation = events(risk).get(1);
        Map<String, Object> seal = jdbc.queryForMap("SELECT * FROM event_seal WHERE event_id = ?", mitigation.eventId());
        try {
            asSuperuser("DELETE FROM event_seal WHERE event_id = ?", mitigation.eventId());
            // Sealed in the appending transaction: there is no grace period in which a seal may still come.
            assertBreak(verify(), "UNSEALED_EVENT", risk, 1, mitigation.eventId());
        } finally {
            restoreSeal(seal);
        }
    }

    @Test
    void theEventTableRefusesUpdateDeleteAndTruncateFromANormalSession() {
        riskWithTwoMitigations();
        awaitEverythingSealed();
        long index = jdbc.queryForObject("SELECT max(globalindex) FROM domainevententry", Long.class);
        assertThatThrownBy(() -> jdbc.update("UPDATE domainevententry SET timestamp = timestamp WHERE globalindex = ?", index))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageMatching("(?s).*(append-only|permission denied).*");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM domainevententry WHERE globalindex = ?", index))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageMatching("(?s).*(append-only|permission denied).*");
        assertThatThrownBy(() -> jdbc.execute("TRUNCATE domainevententry"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageMatching("(?s).*(append-only|permission denied).*");
        assertThatThrownBy(() -> jdbc.update("UPDATE event_seal SET link = link WHERE global_index = ?", index))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageMatching("(?s).*(append-only|permission denied).*");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM ledger_digest"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageMatching("(?s).*(append-only|permission denied).*");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE globalindex = ?", Long.class, index)).isEqualTo(1);
    }
}
