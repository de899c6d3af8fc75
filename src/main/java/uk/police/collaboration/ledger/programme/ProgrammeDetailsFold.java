package uk.police.collaboration.ledger.programme;

import com.fasterxml.jackson.databind.JsonNode;
import uk.police.collaboration.ledger.ledgerlog.RecordedEvent;

import java.util.HashMap;
import java.util.Map;

import static uk.police.collaboration.ledger.programme.FoldJson.text;

/**
 * Builds {@link ProgrammeDetailsView} within one fold. It sees every event (before the main areas
 * claim them), each part taking the ones it needs, and learns party names on the way.
 */
final class ProgrammeDetailsFold {

    private final Map<String, String> partyNames = new HashMap<>();
    private final PriceRangesFold prices;
    private final SavingsFold savings;
    private final StatedTotalsFold totals;
    private final OptionsConsideredFold options;
    private final RiskRatingsFold ratings;
    private final PartyChangesFold partyChanges;
    private final TranchesFold tranches;
    private final DirectFundingFold direct;

    ProgrammeDetailsFold() {
        this(new PriceRangesFold(), new SavingsFold(), new StatedTotalsFold(), new OptionsConsideredFold(),
                new RiskRatingsFold(), new PartyChangesFold(), new TranchesFold(), new DirectFundingFold());
    }

    private ProgrammeDetailsFold(PriceRangesFold prices, SavingsFold savings, StatedTotalsFold totals,
                                 OptionsConsideredFold options, RiskRatingsFold ratings, PartyChangesFold partyChanges,
                                 TranchesFold tranches, DirectFundingFold direct) {
        this.prices = prices;
        this.savings = savings;
        this.totals = totals;
        this.options = options;
        this.ratings = ratings;
        this.partyChanges = partyChanges;
        this.tranches = tranches;
        this.direct = direct;
    }

    /** A deep copy: each part its own copy (see {@link ProgrammeFoldState#copy}). */

    ProgrammeDetailsFold copy() {
        ProgrammeDetailsFold copy = new ProgrammeDetailsFold(prices.copy(), savings.copy(), totals.copy(), options.copy(),
                ratings.copy(), partyChanges.copy(), tranches.copy(), direct.copy());
        copy.partyNames.putAll(partyNames);
        return copy;
    }

    void observe(RecordedEvent e) {
        learnNames(e.eventType(), e.payload());
        prices.apply(e);
        savings.apply(e);
        totals.apply(e);
        options.apply(e);
        ratings.apply(e);
        partyChanges.apply(e);
        tranches.apply(e);
        direct.apply(e);
    }

    private void learnNames(String type, JsonNode p) {
        switch (type) {
            case "CollaborationRegistered", "AgreementDrafted" ->
                    p.path("parties").forEach(party -> partyNames.putIfAbsent(text(party, "partyId"), text(party, "name")));
            case "PartyJoined", "PartyAcceded" ->
                    partyNames.putIfAbsent(text(p.path("party"), "partyId"), text(p.path("party"), "name"));
            default -> {
            }
        }
    }

    ProgrammeDetailsView view() {
        return new ProgrammeDetailsView(prices.views(), savings.views(this::name), totals.views(), options.views(),
                ratings.views(), partyChanges.views(this::name), tranches.views(), direct.views(this::name));
    }

    private String name(String partyId) {
        return partyNames.getOrDefault(partyId, partyId);
    }
}
