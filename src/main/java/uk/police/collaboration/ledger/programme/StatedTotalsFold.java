package uk.police.collaboration.ledger.programme;

import com.fasterxml.jackson.databind.JsonNode;
import uk.police.collaboration.ledger.ledgerlog.RecordedEvent;
import uk.police.collaboration.ledger.programme.ProgrammeDetailsView.StatedTotalsView;
import uk.police.collaboration.ledger.programme.ProgrammeDetailsView.TotalView;
import uk.police.collaboration.ledger.shared.Money;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static uk.police.collaboration.ledger.programme.FoldJson.money;
import static uk.police.collaboration.ledger.programme.FoldJson.text;

/**
 * A funding request's totals as the paper prints them, beside the sums of its budget lines as this
 * view holds them (so a corrected line is summed as corrected), with a flag and the difference.
 */
final class StatedTotalsFold {

    private record Stated(JsonNode payload, LocalDate on, String eventId) {
    }

    private final Map<String, JsonNode> lines = new HashMap<>();
    private final Map<String, Stated> stated = new LinkedHashMap<>();

    StatedTotalsFold copy() {
        StatedTotalsFold copy = new StatedTotalsFold();
        copy.lines.putAll(lines);
        copy.stated.putAll(stated);
        return copy;
    }

    void apply(RecordedEvent e) {
        switch (e.eventType()) {
            case "FundingRequested" -> lines.put(text(e.payload(), "fundingRequestId"), e.payload().path("budgetLines"));
            case "FundingTotalsStated" -> stated.put(text(e.payload(), "fundingRequestId"),
                    new Stated(e.payload(), e.effectiveOn(), e.eventId()));
            default -> {
            }
        }
    }

    List<StatedTotalsView> views() {
        return stated.entrySet().stream().map(en -> {
            JsonNode budget = lines.get(en.getKey());
            Money current = sum(budget, "current");
            Money revised = sum(budget, "revised");
            JsonNode p = en.getValue().payload();
            TotalView c = total(money(p, "currentTotal"), current);
            TotalView r = total(money(p, "revisedTotal"), revised);
            TotalView v = total(money(p, "varianceTotal"), revised.minus(current));
            return new StatedTotalsView(en.getKey(), en.getValue().on(), c, r, v, c.differs() || r.differs() || v.differs(),
                    text(p, "note"), en.getValue().eventId());
        }).toList();
    }

    private static TotalView total(Money stated, Money computed) {
        if (stated == null) {
            return new TotalView(null, computed, null, false);
        }
        Money difference = stated.minus(computed);
        return new TotalView(stated, computed, difference, difference.compareTo(Money.ZERO) != 0);
    }

    private static Money sum(JsonNode budget, String column) {
        Money sum = Money.ZERO;
        if (budget != null) {
            for (JsonNode line : budget) {
                Money amount = money(line, column);
                sum = amount == null ? sum : sum.plus(amount);
            }
        }
        return sum;
    }
}
