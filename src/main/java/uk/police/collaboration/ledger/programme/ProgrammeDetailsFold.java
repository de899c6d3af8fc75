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
    private final PriceRangesFold prices = new PriceRangesFold();
    private final SavingsFold savings = new SavingsFold();
    private final StatedTotalsFold totals = new StatedTotalsFold();
    private final OptionsConsideredFold options = new OptionsConsideredFold();
    private final RiskRatingsFold ratings = new RiskRatingsFold();
    private final PartyChangesFold partyChanges = new PartyChangesFold();
    private final TranchesFold tranches = new TranchesFold();
    private final DirectFundingFold direct = new DirectFundingFold();

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
