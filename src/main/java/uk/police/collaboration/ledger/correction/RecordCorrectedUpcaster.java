package uk.police.collaboration.ledger.correction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.police.collaboration.ledger.correction.api.RecordCorrected;

/**
 * Revision 1 → 2 of {@link RecordCorrected}: revision 2 can also correct the effective date and the
 * source, and names the command that recorded the corrected event. A revision-1 correction changed
 * payload fields only and did not name the command, so those fields are null.
 */
@Component
@Order(0)
public class RecordCorrectedUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(RecordCorrected.class.getName(), "1");
    private static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(RecordCorrected.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, RecordCorrectedUpcaster::upcast);
    }

    static JsonNode upcast(JsonNode payload) {
        ObjectNode upcast = payload.deepCopy();
        upcast.putNull("commandId");
        upcast.putNull("correctedEffectiveOn");
        upcast.putNull("correctedSource");
        return upcast;
    }
}
