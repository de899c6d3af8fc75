package uk.police.collaboration.ledger.timeline;

import uk.police.collaboration.ledger.ledgerlog.RecordedEvent;
import uk.police.collaboration.ledger.shared.Money;

import java.util.HashMap;
import java.util.Map;

import static uk.police.collaboration.ledger.timeline.Words.t;

/**
 * Each allocation's total allocated against its request by then, counted in world order: an allocation
 * recorded late but dated early says the total as it stood on its own date, not on the day it was typed in.
 */
final class RunningAllocations {

    private final Map<String, Money> allocated = new HashMap<>();
    private final Map<String, Money> byThen = new HashMap<>();

    /** Counts an event of the programme; events must come in world order. */
    void count(RecordedEvent e) {
        if ("FundingAllocated".equals(e.eventType()) && t(e.payload(), "amount") != null) {
            Money total = allocated.merge(t(e.payload(), "fundingRequestId"), Money.of(t(e.payload(), "amount")), Money::plus);
            byThen.put(e.eventId(), total);
        }
    }

    /** The total by the date of this allocation; null for an allocation not counted. */
    Money byThen(RecordedEvent allocation) {
        return byThen.get(allocation.eventId());
    }
}
