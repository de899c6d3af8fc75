package uk.police.collaboration.ledger.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.police.collaboration.ledger.funding.api.FundingAllocated;

/**
 * FundingAllocated revision 1 → 2: drops {@code totalAllocated}, the request's running total that
 * revision 1 stored beside the allocation's own amount (see {@link FundingAllocated}). Nothing is
 * lost: the total is the sum of the request's amounts, which every reader now computes itself.
 * Stored rows are never rewritten; the upcaster runs each time a revision-1 event is read.
 */
@Component
@Order(UpcasterOrder.FUNDING_ALLOCATED_1_TO_2)
class FundingAllocatedRevision2 extends SingleEventUpcaster {

    static final String TYPE = FundingAllocated.class.getName();
    private static final SimpleSerializedType FROM = new SimpleSerializedType(TYPE, "1");
    private static final SimpleSerializedType TO = new SimpleSerializedType(TYPE, "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return FROM.equals(event.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        return event.upcastPayload(TO, JsonNode.class, payload -> {
            ((ObjectNode) payload).remove("totalAllocated");
            return payload;
        });
    }
}
