package uk.police.collaboration.ledger.programme;

import com.fasterxml.jackson.databind.JsonNode;
import uk.police.collaboration.ledger.ledgerlog.RecordedEvent;
import uk.police.collaboration.ledger.programme.ProgrammeDetailsView.DiscardedOptionView;
import uk.police.collaboration.ledger.programme.ProgrammeDetailsView.OptionsConsideredView;
import uk.police.collaboration.ledger.programme.ProgrammeDetailsView.StatedCountView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static uk.police.collaboration.ledger.programme.FoldJson.text;

/**
 * Every option an appraisal considered: those discarded at the long or short list, with the stage
 * at which each fell, and the number the paper says it considered beside the options held.
 */
final class OptionsConsideredFold {

    private static final List<String> STAGES = List.of("LONG_LIST", "SHORT_LIST", "DETAILED_APPRAISAL");

    private record Count(String stage, Integer count, String description, LocalDate on, String eventId) {
    }

    private final Map<String, Integer> proposed = new HashMap<>();
    private final Map<String, List<DiscardedOptionView>> discarded = new LinkedHashMap<>();
    private final Map<String, List<Count>> counts = new LinkedHashMap<>();

    OptionsConsideredFold copy() {
        OptionsConsideredFold copy = new OptionsConsideredFold();
        copy.proposed.putAll(proposed);
        FoldCopies.lists(discarded, copy.discarded);
        FoldCopies.lists(counts, copy.counts);
        return copy;
    }

    void apply(RecordedEvent e) {
        JsonNode p = e.payload();
        String appraisal = text(p, "appraisalId");
        switch (e.eventType()) {
            case "OptionProposed" -> proposed.merge(appraisal, 1, Integer::sum);
            case "OptionDiscarded" -> discarded.computeIfAbsent(appraisal, a -> new ArrayList<>()).add(
                    new DiscardedOptionView(text(p, "optionId"), text(p, "title"), text(p, "description"),
                            text(p, "stage"), text(p, "reason"), e.effectiveOn(), e.eventId()));
            case "OptionsConsideredStated" -> counts.computeIfAbsent(appraisal, a -> new ArrayList<>()).add(
                    new Count(text(p, "stage"), p.path("count").isNumber() ? p.get("count").asInt() : null,
                            text(p, "description"), e.effectiveOn(), e.eventId()));
            default -> {
            }
        }
    }

    List<OptionsConsideredView> views() {
        List<String> appraisals = new ArrayList<>(discarded.keySet());
        counts.keySet().stream().filter(a -> !appraisals.contains(a)).forEach(appraisals::add);
        return appraisals.stream().map(a -> {
            List<DiscardedOptionView> fell = discarded.getOrDefault(a, List.of());
            List<StatedCountView> stated = counts.getOrDefault(a, List.of()).stream()
                    .map(c -> new StatedCountView(c.stage(), c.count(), held(a, c.stage(), fell), c.description(),
                            c.on(), c.eventId())).toList();
            String last = !stated.isEmpty() ? stated.get(stated.size() - 1).eventId() : fell.get(fell.size() - 1).eventId();
            return new OptionsConsideredView(a, List.copyOf(fell), stated, last);
        }).toList();
    }

    /** Options proposed for decision reached every stage; a discarded one every stage up to where it fell. */
    private int held(String appraisal, String stage, List<DiscardedOptionView> fell) {
        int at = STAGES.indexOf(stage);
        long reached = fell.stream().filter(d -> STAGES.indexOf(d.stage()) >= at).count();
        return proposed.getOrDefault(appraisal, 0) + (int) reached;
    }
}
