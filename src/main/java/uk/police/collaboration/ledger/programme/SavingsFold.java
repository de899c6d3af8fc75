package uk.police.collaboration.ledger.programme;

import com.fasterxml.jackson.databind.JsonNode;
import uk.police.collaboration.ledger.ledgerlog.RecordedEvent;
import uk.police.collaboration.ledger.programme.ProgrammeDetailsView.PartySavingsView;
import uk.police.collaboration.ledger.programme.ProgrammeDetailsView.SavingLineView;
import uk.police.collaboration.ledger.programme.ProgrammeDetailsView.SavingsView;
import uk.police.collaboration.ledger.shared.Money;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static uk.police.collaboration.ledger.programme.FoldJson.money;
import static uk.police.collaboration.ledger.programme.FoldJson.text;

/** Savings as the papers state them, totalled per party and overall, with the paper's own TOTAL beside the sum. */
final class SavingsFold {

    private record Recorded(JsonNode payload, LocalDate on, String eventId) {
    }

    private final Map<String, Recorded> savings = new LinkedHashMap<>();

    SavingsFold copy() {
        SavingsFold copy = new SavingsFold();
        copy.savings.putAll(savings);
        return copy;
    }

    void apply(RecordedEvent e) {
        if ("SavingsRecorded".equals(e.eventType())) {
            savings.put(text(e.payload(), "savingsId"), new Recorded(e.payload(), e.effectiveOn(), e.eventId()));
        }
    }

    List<SavingsView> views(Function<String, String> partyName) {
        return savings.values().stream().map(r -> view(r, partyName)).toList();
    }

    private static SavingsView view(Recorded r, Function<String, String> partyName) {
        JsonNode p = r.payload();
        List<SavingLineView> lines = new ArrayList<>();
        Map<String, Money[]> byParty = new LinkedHashMap<>();   // party → {total, cashable, non-cashable}
        for (JsonNode line : p.path("lines")) {
            String party = text(line, "partyId");
            Money stated = money(line, "amount");
            // Views carry the signed amount: a cost increase counts against the savings.
            Money amount = stated == null ? Money.ZERO
                    : line.path("costIncrease").asBoolean(false) ? Money.ZERO.minus(stated) : stated;
            boolean cashable = line.path("cashable").asBoolean(false);
            lines.add(new SavingLineView(party, partyName.apply(party), text(line, "financialYear"),
                    text(line, "category"), amount, cashable));
            Money[] sums = byParty.computeIfAbsent(party, k -> new Money[]{Money.ZERO, Money.ZERO, Money.ZERO});
            sums[0] = sums[0].plus(amount);
            sums[cashable ? 1 : 2] = sums[cashable ? 1 : 2].plus(amount);
        }
        Money total = lines.stream().map(SavingLineView::amount).reduce(Money.ZERO, Money::plus);
        Money cashable = lines.stream().filter(SavingLineView::cashable).map(SavingLineView::amount)
                .reduce(Money.ZERO, Money::plus);
        List<PartySavingsView> parties = byParty.entrySet().stream().map(en -> new PartySavingsView(en.getKey(),
                partyName.apply(en.getKey()), en.getValue()[0], en.getValue()[1], en.getValue()[2])).toList();
        Money stated = money(p, "statedTotal");
        boolean differs = stated != null && stated.compareTo(total) != 0;
        return new SavingsView(text(p, "savingsId"), text(p, "title"), text(p, "basis"), text(p, "costSharingModelId"),
                r.on(), List.copyOf(lines), parties, total, cashable, stated, differs,
                stated == null ? null : stated.minus(total), r.eventId());
    }
}
