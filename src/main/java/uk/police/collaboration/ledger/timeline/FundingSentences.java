package uk.police.collaboration.ledger.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import uk.police.collaboration.ledger.ledgerlog.RecordedEvent;
import uk.police.collaboration.ledger.shared.Money;

import java.util.StringJoiner;

import static uk.police.collaboration.ledger.timeline.Words.date;
import static uk.police.collaboration.ledger.timeline.Words.opt;
import static uk.police.collaboration.ledger.timeline.Words.pounds;
import static uk.police.collaboration.ledger.timeline.Words.q;
import static uk.police.collaboration.ledger.timeline.Words.t;

/**
 * Sentences of the money: funding requested and allocated, stated totals, contributions, income,
 * savings and prices. Where a paper printed a total, the sentence says whether its own lines add up to it.
 */
record FundingSentences(RunningAllocations allocations) implements Sentences {

    @Override
    public String sentence(RecordedEvent event, Names names) {
        JsonNode p = event.payload();
        return switch (event.eventType()) {
            case "FundingRequested" -> "Funding of " + pounds(t(p, "amount")) + " requested for " + t(p, "financialYear")
                    + ": " + t(p, "purpose") + opt(" (", t(p, "fundingSource"), ")");
            case "FundingAllocated" -> pounds(t(p, "amount")) + " allocated for " + t(p, "financialYear") + " to "
                    + q(names.name("funding", t(p, "fundingRequestId"))) + opt(", under ", t(p, "decisionReference"))
                    + opt(" (", allocatedInAll(event), ")");
            case "FundingTotalsStated" -> "Totals stated for " + q(names.name("funding", t(p, "fundingRequestId"))) + ": "
                    + totals(p);
            case "DirectContributionRecorded" -> names.party(t(p, "partyId")) + " contributed " + pounds(t(p, "amount")) + " for "
                    + t(p, "financialYear") + " outside the cost-sharing model: " + t(p, "purpose")
                    + opt(" (", t(p, "fundingSource"), ")") + opt(", under ", t(p, "decisionReference"));
            case "IncomeRecorded" -> "Income of " + pounds(t(p, "amount")) + " for " + t(p, "financialYear") + " received from "
                    + t(p, "receivedFrom") + ": " + t(p, "description");
            case "SavingsRecorded" -> savings(p);
            case "PriceRangeStated" -> "Price of " + q(t(p, "item")) + " stated as a range, " + pounds(t(p, "low")) + " to "
                    + pounds(t(p, "high")) + opt(" ", t(p, "period")) + ", not yet confirmed"
                    + (t(p, "confirmationExpectedOn") != null ? "; confirmation expected " + date(t(p, "confirmationExpectedOn")) : "");
            case "PriceConfirmed" -> "Price of " + q(names.name("price", t(p, "priceRangeId"))) + " confirmed at "
                    + pounds(t(p, "confirmedAmount")) + opt(" by ", t(p, "confirmedBy"))
                    + (p.path("withinRange").asBoolean(true) ? "" : " (outside the range stated)");
            default -> null;
        };
    }

    /** "£50.00 allocated in all" by the date of this allocation, in world order; else as the event stated it; null if neither. */
    private String allocatedInAll(RecordedEvent allocation) {
        Money total = allocations.byThen(allocation);
        String amount = total != null ? total.toString() : t(allocation.payload(), "totalAllocated");
        return amount == null ? null : pounds(amount) + " allocated in all";
    }

    /** The lines' own total (a cost increase counts against it), and the paper's where it differs. */
    private static String savings(JsonNode p) {
        Money total = Money.ZERO;
        for (JsonNode line : p.path("lines")) {
            Money amount = t(line, "amount") == null ? Money.ZERO : Money.of(t(line, "amount"));
            total = line.path("costIncrease").asBoolean(false) ? total.minus(amount) : total.plus(amount);
        }
        return "Savings " + q(t(p, "title")) + " recorded: " + p.path("lines").size() + " line"
                + (p.path("lines").size() == 1 ? "" : "s") + ", " + pounds(total.toString()) + " in all"
                + (t(p, "statedTotal") != null && Money.of(t(p, "statedTotal")).compareTo(total) != 0
                ? " (the paper states " + pounds(t(p, "statedTotal")) + ")" : "") + opt("; basis: ", t(p, "basis"));
    }

    /** "current £20,950,000.00 (lines add to £20,949,000.00, a difference of £1,000.00)"; one part per total the paper printed. */
    private static String totals(JsonNode p) {
        StringJoiner parts = new StringJoiner("; ");
        for (String[] total : new String[][]{{"current", "currentTotal", "computedCurrent"},
                {"revised", "revisedTotal", "computedRevised"}, {"variance", "varianceTotal", "computedVariance"}}) {
            String stated = t(p, total[1]);
            String computed = t(p, total[2]);
            if (stated == null) {
                continue;
            }
            Money difference = computed == null ? Money.ZERO : Money.of(stated).minus(Money.of(computed));
            parts.add(total[0] + " " + pounds(stated) + (difference.compareTo(Money.ZERO) == 0 ? " (equals its lines)"
                    : " (lines add to " + pounds(computed) + ", a difference of " + pounds(difference.toString()) + ")"));
        }
        return parts.toString();
    }
}
