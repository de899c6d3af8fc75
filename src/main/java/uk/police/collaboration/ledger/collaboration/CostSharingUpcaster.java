package uk.police.collaboration.ledger.collaboration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.police.collaboration.ledger.collaboration.api.CostSharingAgreed;
import uk.police.collaboration.ledger.collaboration.api.CostSharingProposed;
import uk.police.collaboration.ledger.shared.EnvelopeKeys;
import uk.police.collaboration.ledger.shared.WorldDate;

import java.util.Set;

/**
 * Revision 1 → 2 of {@link CostSharingProposed} and {@link CostSharingAgreed}: revision 2 names the
 * date from which the model applies. A model stored before that applied from the date it was put
 * forward or agreed, so {@code appliesFrom} is that event's own effective date, read from its envelope.
 */
@Component
@Order(0)
public class CostSharingUpcaster extends SingleEventUpcaster {

    private static final Set<String> TYPES = Set.of(CostSharingProposed.class.getName(), CostSharingAgreed.class.getName());

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return TYPES.contains(representation.getType().getName()) && "1".equals(representation.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        MetaData envelope = representation.getMetaData().getObject();
        Object effectiveOn = envelope.get(EnvelopeKeys.EFFECTIVE_ON);
        return representation.upcastPayload(new SimpleSerializedType(representation.getType().getName(), "2"),
                JsonNode.class, payload -> upcast(payload, effectiveOn == null ? null : effectiveOn.toString()));
    }

    /** The revision-2 payload of a revision-1 one whose envelope said {@code effectiveOn}. */
    static JsonNode upcast(JsonNode payload, String effectiveOn) {
        ObjectNode upcast = payload.deepCopy();
        if (effectiveOn == null) {
            upcast.putNull("appliesFrom");
        } else {
            upcast.put("appliesFrom", WorldDate.of(effectiveOn).toString());
        }
        return upcast;
    }
}
