package uk.police.collaboration.ledger.programme;

import com.fasterxml.jackson.databind.JsonNode;
import uk.police.collaboration.ledger.ledgerlog.RecordedEvent;
import uk.police.collaboration.ledger.programme.ProgrammeDetailsView.RatingView;
import uk.police.collaboration.ledger.programme.ProgrammeDetailsView.RiskRatingView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static uk.police.collaboration.ledger.programme.FoldJson.text;

/**
 * Each risk's rating over time. The history is ordered by effective date (not by when the ledger
 * learned each re-rating), and the standing rating is the last of it: as of a date, the rating then.
 */
final class RiskRatingsFold {

    private final Map<String, List<RatingView>> ratings = new LinkedHashMap<>();
    private final Map<String, Boolean> reRated = new LinkedHashMap<>();

    RiskRatingsFold copy() {
        RiskRatingsFold copy = new RiskRatingsFold();
        FoldCopies.lists(ratings, copy.ratings);
        copy.reRated.putAll(reRated);
        return copy;
    }

    void apply(RecordedEvent e) {
        JsonNode p = e.payload();
        String risk = text(p, "riskId");
        switch (e.eventType()) {
            case "RiskRaised" -> ratings.computeIfAbsent(risk, r -> new ArrayList<>()).add(0, new RatingView(
                    e.effectiveOn(), text(p, "likelihood"), text(p, "impact"), text(p, "owner"), "Raised", e.eventId()));
            case "RiskReRated" -> {
                ratings.computeIfAbsent(risk, r -> new ArrayList<>()).add(new RatingView(e.effectiveOn(),
                        text(p, "likelihood"), text(p, "impact"), text(p, "owner"), text(p, "reason"), e.eventId()));
                reRated.put(risk, true);
            }
            default -> {
            }
        }
    }

    /** Only risks that were ever re-rated: the others' rating is the one they were raised with. */
    List<RiskRatingView> views() {
        return reRated.keySet().stream().map(risk -> {
            List<RatingView> history = new ArrayList<>(ratings.get(risk));
            history.sort(Comparator.comparing(RatingView::effectiveOn, Comparator.nullsFirst(Comparator.naturalOrder())));
            String likelihood = null, impact = null, owner = null, reason = null, eventId = null;
            LocalDate since = null;
            for (RatingView r : history) {
                likelihood = r.likelihood() != null ? r.likelihood() : likelihood;
                impact = r.impact() != null ? r.impact() : impact;
                owner = r.owner() != null ? r.owner() : owner;
                reason = r.reason();
                since = r.effectiveOn();
                eventId = r.eventId();
            }
            return new RiskRatingView(risk, new RatingView(since, likelihood, impact, owner, reason, eventId),
                    List.copyOf(history));
        }).toList();
    }
}
