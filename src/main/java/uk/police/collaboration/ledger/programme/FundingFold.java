package uk.police.collaboration.ledger.programme;

import com.fasterxml.jackson.databind.JsonNode;
import uk.police.collaboration.ledger.ledgerlog.RecordedEvent;
import uk.police.collaboration.ledger.programme.ProgrammeView.AllocationView;
import uk.police.collaboration.ledger.programme.ProgrammeView.BudgetLineView;
import uk.police.collaboration.ledger.programme.ProgrammeView.CostSharingView;
import uk.police.collaboration.ledger.programme.ProgrammeView.FundingRequestView;
import uk.police.collaboration.ledger.programme.ProgrammeView.FundingYearView;
import uk.police.collaboration.ledger.programme.ProgrammeView.PartyFundingView;
import uk.police.collaboration.ledger.programme.ProgrammeView.PartyView;
import uk.police.collaboration.ledger.programme.ProgrammeView.ShareView;
import uk.police.collaboration.ledger.shared.FinancialYear;
import uk.police.collaboration.ledger.shared.Money;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.BiPredicate;

import static uk.police.collaboration.ledger.programme.FoldJson.date;
import static uk.police.collaboration.ledger.programme.FoldJson.money;
import static uk.police.collaboration.ledger.programme.FoldJson.shares;
import static uk.police.collaboration.ledger.programme.FoldJson.text;

/**
 * Funding and cost sharing within one fold: the models proposed and agreed, requests, allocations,
 * and each year's totals. Cost sharing is in valid time: a model applies from its own date
 * ({@code appliesFrom}, else the date it was agreed), and each financial year is split by the model
 * that applied to it (see {@link #modelFor}), so a later model never re-splits a past year.
 */
final class FundingFold {

    private final Map<String, CostSharingView> models = new LinkedHashMap<>();
    /** Agreed models in world order (a model agreed again later takes its new place). */
    private final List<String> agreed = new ArrayList<>();
    private final Map<String, Funding> funding = new LinkedHashMap<>();

    FundingFold copy() {
        FundingFold copy = new FundingFold();
        copy.models.putAll(models);
        copy.agreed.addAll(agreed);
        FoldCopies.each(funding, copy.funding, Funding::copy);
        return copy;
    }

    /** False when the event is not one of this area's. */
    boolean apply(RecordedEvent e) {
        JsonNode p = e.payload();
        LocalDate on = e.effectiveOn();
        String id = e.eventId();
        switch (e.eventType()) {
            case "CostSharingProposed" -> models.put(text(p, "modelId"), new CostSharingView(text(p, "modelId"),
                    text(p, "name"), text(p, "basis"), "PROPOSED", shares(p), on, null, null, false, false,
                    List.of(), appliesFrom(p, on), id));
            case "CostSharingAgreed" -> {
                CostSharingView proposed = models.get(text(p, "modelId"));
                models.put(text(p, "modelId"), new CostSharingView(text(p, "modelId"), text(p, "name"),
                        text(p, "basis"), "AGREED", shares(p), proposed == null ? null : proposed.proposedOn(), on,
                        text(p, "decisionReference"), false, false, List.of(), appliesFrom(p, on), id));
                agreed.remove(text(p, "modelId"));
                agreed.add(text(p, "modelId"));
            }
            case "FundingRequested", "FundingAllocated" ->
                    funding.computeIfAbsent(text(p, "fundingRequestId"), Funding::new).apply(e.eventType(), p, on, id);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** The date a model applies from: the one it names, else the date of the fact that put it forward or agreed it. */
    private static LocalDate appliesFrom(JsonNode p, LocalDate on) {
        LocalDate named = date(p, "appliesFrom");
        return named != null ? named : on;
    }

    /**
     * The cost sharing models, each marked in use when it is the agreed model applying on {@code day},
     * and lapsed when a sharing party is no longer current.
     */
    List<CostSharingView> models(List<String> current, LocalDate day) {
        CostSharingView inUse = applyingOn(day);
        return models.values().stream().map(m -> {
            List<String> gone = m.shares().stream().map(ShareView::partyId).filter(pid -> !current.contains(pid)).toList();
            return new CostSharingView(m.modelId(), m.name(), m.basis(), m.status(), m.shares(), m.proposedOn(),
                    m.agreedOn(), m.decisionReference(), inUse != null && Objects.equals(m.modelId(), inUse.modelId()),
                    !gone.isEmpty(), gone, m.appliesFrom(), m.eventId());
        }).toList();
    }

    List<FundingRequestView> requests() {
        return funding.values().stream().map(Funding::view).toList();
    }

    /** The agreed model applying on a day: the latest to apply from on or before it (agreed later, on a tie). */
    private CostSharingView applyingOn(LocalDate day) {
        CostSharingView found = null;
        for (String modelId : agreed) {
            CostSharingView m = models.get(modelId);
            if (!m.appliesFrom().isAfter(day) && (found == null || !m.appliesFrom().isBefore(found.appliesFrom()))) {
                found = m;
            }
        }
        return found;
    }

    /**
     * The model a financial year is split by: the agreed model applying on 1 April, the first day of
     * the year; for a year that began before any model applied, the first model to apply during it.
     */
    CostSharingView modelFor(FinancialYear year) {
        CostSharingView atStart = applyingOn(year.firstDay());
        if (atStart != null) {
            return atStart;
        }
        CostSharingView first = null;
        for (String modelId : agreed) {
            CostSharingView m = models.get(modelId);
            if (!m.appliesFrom().isAfter(year.lastDay()) && (first == null || m.appliesFrom().isBefore(first.appliesFrom()))) {
                first = m;
            }
        }
        return first;
    }

    /**
     * Each financial year's totals, shared between the parties by the model that applied to it (party
     * names from {@code parties}; {@code partyOn} says whether a party was a party on a day).
     */
    List<FundingYearView> byYear(List<FundingRequestView> requests, Map<String, PartyView> parties,
                                 BiPredicate<String, LocalDate> partyOn) {
        Map<String, List<FundingRequestView>> years = new TreeMap<>();
        requests.forEach(r -> years.computeIfAbsent(r.financialYear(), y -> new ArrayList<>()).add(r));
        List<FundingYearView> result = new ArrayList<>();
        years.forEach((year, list) -> {
            Money requested = list.stream().map(FundingRequestView::requested).filter(Objects::nonNull).reduce(Money.ZERO, Money::plus);
            Money allocated = list.stream().map(FundingRequestView::allocated).reduce(Money.ZERO, Money::plus);
            CostSharingView model = year == null ? null : modelFor(FinancialYear.of(year));
            List<PartyFundingView> byParty = new ArrayList<>();
            boolean lapsed = false;
            if (model != null) {
                List<Money> requestedParts = requested.split(model.shares().stream().map(ShareView::share).toList());
                List<Money> allocatedParts = allocated.split(model.shares().stream().map(ShareView::share).toList());
                LocalDate splitOn = model.appliesFrom().isAfter(FinancialYear.of(year).firstDay())
                        ? model.appliesFrom() : FinancialYear.of(year).firstDay();
                for (int i = 0; i < model.shares().size(); i++) {
                    ShareView s = model.shares().get(i);
                    lapsed |= !partyOn.test(s.partyId(), splitOn) || !partyOn.test(s.partyId(), FinancialYear.of(year).lastDay());
                    byParty.add(new PartyFundingView(s.partyId(),
                            parties.containsKey(s.partyId()) ? parties.get(s.partyId()).name() : s.partyId(),
                            s.share(), requestedParts.get(i), allocatedParts.get(i)));
                }
            }
            String lastEvent = list.stream().map(r -> r.allocations().isEmpty() ? r.eventId()
                    : r.allocations().get(r.allocations().size() - 1).eventId()).reduce((a, b) -> b).orElse(null);
            result.add(new FundingYearView(year, requested, allocated, model == null ? null : model.modelId(),
                    lapsed, List.copyOf(byParty), lastEvent));
        });
        return result;
    }

    private static final class Funding {
        final String fundingRequestId;
        String financialYear, purpose, fundingSource, decisionReference, eventId;
        Money requested, allocated = Money.ZERO;
        LocalDate requestedOn;
        List<BudgetLineView> lines = List.of();
        final List<AllocationView> allocations = new ArrayList<>();

        Funding(String fundingRequestId) {
            this.fundingRequestId = fundingRequestId;
        }

        Funding copy() {
            Funding c = new Funding(fundingRequestId);
            c.financialYear = financialYear;
            c.purpose = purpose;
            c.fundingSource = fundingSource;
            c.decisionReference = decisionReference;
            c.eventId = eventId;
            c.requested = requested;
            c.allocated = allocated;
            c.requestedOn = requestedOn;
            c.lines = lines;
            c.allocations.addAll(allocations);
            return c;
        }

        void apply(String type, JsonNode p, LocalDate on, String id) {
            eventId = id;
            if (type.equals("FundingRequested")) {
                financialYear = text(p, "financialYear");
                requested = money(p, "amount");
                purpose = text(p, "purpose");
                fundingSource = text(p, "fundingSource");
                decisionReference = text(p, "decisionReference");
                requestedOn = on;
                List<BudgetLineView> budget = new ArrayList<>();
                for (JsonNode line : p.path("budgetLines")) {
                    budget.add(new BudgetLineView(text(line, "line"), money(line, "current"), money(line, "revised")));
                }
                lines = List.copyOf(budget);
            } else {
                Money amount = money(p, "amount");
                allocations.add(new AllocationView(text(p, "allocationId"), amount, text(p, "decisionReference"), on, id));
                // Summed here rather than read from totalAllocated, so a corrected amount counts once.
                allocated = allocations.stream().map(AllocationView::amount).filter(Objects::nonNull)
                        .reduce(Money.ZERO, Money::plus);
                if (financialYear == null) {
                    financialYear = text(p, "financialYear");
                }
            }
        }

        FundingRequestView view() {
            return new FundingRequestView(fundingRequestId, financialYear, requested, allocated, purpose, fundingSource,
                    decisionReference, requestedOn, lines, List.copyOf(allocations), eventId);
        }
    }
}
