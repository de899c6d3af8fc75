package uk.police.collaboration.ledger.programme;

import com.fasterxml.jackson.databind.JsonNode;
import uk.police.collaboration.ledger.ledgerlog.RecordedEvent;
import uk.police.collaboration.ledger.programme.ProgrammeDetailsView.ContributionView;
import uk.police.collaboration.ledger.programme.ProgrammeDetailsView.DirectFundingYearView;
import uk.police.collaboration.ledger.programme.ProgrammeDetailsView.IncomeView;
import uk.police.collaboration.ledger.shared.Money;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Function;

import static uk.police.collaboration.ledger.programme.FoldJson.money;
import static uk.police.collaboration.ledger.programme.FoldJson.text;

/**
 * Money outside the cost-sharing model, per financial year: one party's own contributions and income
 * received. Kept apart from funding requests, so the shared model never splits them.
 */
final class DirectFundingFold {

    private final List<ContributionView> contributed = new ArrayList<>();
    private final List<IncomeView> income = new ArrayList<>();
    private final List<String> contributionYears = new ArrayList<>();
    private final List<String> incomeYears = new ArrayList<>();

    DirectFundingFold copy() {
        DirectFundingFold copy = new DirectFundingFold();
        copy.contributed.addAll(contributed);
        copy.income.addAll(income);
        copy.contributionYears.addAll(contributionYears);
        copy.incomeYears.addAll(incomeYears);
        return copy;
    }

    void apply(RecordedEvent e) {
        JsonNode p = e.payload();
        switch (e.eventType()) {
            case "DirectContributionRecorded" -> {
                contributed.add(new ContributionView(text(p, "contributionId"), text(p, "partyId"), null,
                        money(p, "amount"), text(p, "purpose"), text(p, "fundingSource"), text(p, "decisionReference"),
                        e.effectiveOn(), e.eventId()));
                contributionYears.add(text(p, "financialYear"));
            }
            case "IncomeRecorded" -> {
                income.add(new IncomeView(text(p, "incomeId"), money(p, "amount"), text(p, "receivedFrom"),
                        text(p, "description"), e.effectiveOn(), e.eventId()));
                incomeYears.add(text(p, "financialYear"));
            }
            default -> {
            }
        }
    }

    List<DirectFundingYearView> views(Function<String, String> partyName) {
        TreeMap<String, List<ContributionView>> byYearC = new TreeMap<>();
        TreeMap<String, List<IncomeView>> byYearI = new TreeMap<>();
        for (int i = 0; i < contributed.size(); i++) {
            ContributionView c = contributed.get(i);
            byYearC.computeIfAbsent(contributionYears.get(i), y -> new ArrayList<>()).add(new ContributionView(
                    c.contributionId(), c.partyId(), partyName.apply(c.partyId()), c.amount(), c.purpose(),
                    c.fundingSource(), c.decisionReference(), c.effectiveOn(), c.eventId()));
        }
        for (int i = 0; i < income.size(); i++) {
            byYearI.computeIfAbsent(incomeYears.get(i), y -> new ArrayList<>()).add(income.get(i));
        }
        TreeMap<String, Boolean> years = new TreeMap<>();
        byYearC.keySet().forEach(y -> years.put(y, true));
        byYearI.keySet().forEach(y -> years.put(y, true));
        return years.keySet().stream().map(y -> {
            List<ContributionView> cs = byYearC.getOrDefault(y, List.of());
            List<IncomeView> is = byYearI.getOrDefault(y, List.of());
            return new DirectFundingYearView(y, List.copyOf(cs), List.copyOf(is),
                    cs.stream().map(ContributionView::amount).reduce(Money.ZERO, Money::plus),
                    is.stream().map(IncomeView::amount).reduce(Money.ZERO, Money::plus));
        }).toList();
    }
}
