package uk.police.collaboration.ledger.ledgerlog;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import uk.police.collaboration.ledger.shared.EnvelopeKeys;
import uk.police.collaboration.ledger.shared.LedgerJson;
import uk.police.collaboration.ledger.shared.Source;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Reads an Axon event message into a {@link RecordedEvent}. */
final class RecordedEventMapper {

    private RecordedEventMapper() {
    }

    static RecordedEvent from(EventMessage<?> message, long globalIndex) {
        MetaData meta = message.getMetaData();
        JsonNode payload = LedgerJson.mapper().valueToTree(message.getPayload());
        String recordId = message instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : message.getIdentifier();
        long sequence = message instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : 0L;
        String recordType = message instanceof DomainEventMessage<?> domain ? domain.getType() : null;
        String effectiveText = text(meta, EnvelopeKeys.EFFECTIVE_ON);
        if (effectiveText == null) {
            // Events written without an envelope (none should exist) take their recording day.
            effectiveText = LocalDate.ofInstant(message.getTimestamp(), java.time.ZoneOffset.UTC).toString();
        }
        JsonNode collaboration = payload.get("collaborationId");
        return new RecordedEvent(globalIndex, message.getIdentifier(), recordId, sequence, recordType,
                message.getPayloadType().getSimpleName(),
                collaboration == null || collaboration.isNull() ? null : collaboration.asText(),
                dateOf(effectiveText), effectiveText, toMicros(message.getTimestamp()),
                text(meta, EnvelopeKeys.RECORDED_BY), text(meta, EnvelopeKeys.ORIGINAL_AUTHOR),
                text(meta, EnvelopeKeys.COMMAND_ID),
                new Source(text(meta, EnvelopeKeys.SOURCE_REFERENCE), text(meta, EnvelopeKeys.SOURCE_SECTION),
                        text(meta, EnvelopeKeys.SOURCE_TITLE), text(meta, EnvelopeKeys.SOURCE_URL)),
                payload);
    }

    /**
     * The instant as the ledger log stores it (PostgreSQL keeps microseconds; the driver rounds), so that
     * an event held in memory by the read side and the same event read back from the ledger log are equal.
     */
    static Instant toMicros(Instant instant) {
        return Instant.ofEpochSecond(instant.getEpochSecond(), Math.round(instant.getNano() / 1000.0) * 1000L);
    }

    static LocalDate dateOf(String effectiveText) {
        return effectiveText.length() > 10 ? LocalDateTime.parse(effectiveText).toLocalDate() : LocalDate.parse(effectiveText);
    }

    private static String text(MetaData meta, String key) {
        Object value = meta.get(key);
        return value == null ? null : value.toString();
    }
}
