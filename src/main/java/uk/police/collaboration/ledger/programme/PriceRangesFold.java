package uk.police.collaboration.ledger.programme;

import com.fasterxml.jackson.databind.JsonNode;
import uk.police.collaboration.ledger.ledgerlog.RecordedEvent;
import uk.police.collaboration.ledger.programme.ProgrammeDetailsView.PriceRangeView;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static uk.police.collaboration.ledger.programme.FoldJson.date;
import static uk.police.collaboration.ledger.programme.FoldJson.money;
import static uk.police.collaboration.ledger.programme.FoldJson.text;

/** Prices known as ranges: "not yet confirmed" until a confirmation, then the amount and date confirmed. */
final class PriceRangesFold {

    private final Map<String, PriceRangeView> ranges = new LinkedHashMap<>();

    /** A deep copy (see {@link ProgrammeFoldState#copy}). */
    PriceRangesFold copy() {
        PriceRangesFold copy = new PriceRangesFold();
        copy.ranges.putAll(ranges);
        return copy;
    }

    void apply(RecordedEvent e) {
        JsonNode p = e.payload();
        switch (e.eventType()) {
            case "PriceRangeStated" -> ranges.put(text(p, "priceRangeId"), new PriceRangeView(text(p, "priceRangeId"),
                    text(p, "item"), money(p, "low"), money(p, "high"), text(p, "period"), e.effectiveOn(),
                    date(p, "confirmationExpectedOn"), text(p, "note"), "NOT_YET_CONFIRMED", null, null, null, null,
                    e.eventId()));
            case "PriceConfirmed" -> ranges.computeIfPresent(text(p, "priceRangeId"), (id, r) -> {
                var amount = money(p, "confirmedAmount");
                // Whether it fell in the range is judged against the range as this view holds it (corrections included).
                boolean within = amount != null && amount.compareTo(r.low()) >= 0 && amount.compareTo(r.high()) <= 0;
                return new PriceRangeView(id, r.item(), r.low(), r.high(), r.period(), r.statedOn(),
                        r.confirmationExpectedOn(), r.note(), "CONFIRMED", amount, e.effectiveOn(),
                        text(p, "confirmedBy"), within, e.eventId());
            });
            default -> {
            }
        }
    }

    List<PriceRangeView> views() {
        return List.copyOf(ranges.values());
    }
}
