package uk.police.collaboration.ledger.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import uk.police.collaboration.ledger.ledgerlog.RecordedEvent;
import uk.police.collaboration.ledger.programme.AsOf;

import java.util.StringJoiner;

import static uk.police.collaboration.ledger.timeline.Words.date;
import static uk.police.collaboration.ledger.timeline.Words.t;
import static uk.police.collaboration.ledger.timeline.Words.words;

/**
 * The sentence of a correction: which earlier event it corrects, what was wrong, and which facts it
 * corrected (by name only: the corrected values are shown apart, as the reader's clearance allows).
 */
final class CorrectionSentences implements Sentences {

    @Override
    public String sentence(RecordedEvent event, Names names) {
        if (!AsOf.CORRECTION.equals(event.eventType())) {
            return null;
        }
        JsonNode p = event.payload();
        StringJoiner fields = new StringJoiner(", ");
        p.path("correctedFacts").fieldNames().forEachRemaining(fields::add);
        if (t(p, "correctedEffectiveOn") != null) {
            fields.add("the date it happened (now " + date(t(p, "correctedEffectiveOn")) + ")");
        }
        if (p.path("correctedSource").isObject()) {
            fields.add("its source (now " + t(p.path("correctedSource"), "reference") + ")");
        }
        return "Correction of an earlier " + words(t(p, "eventType")) + " event (" + t(p, "eventId") + "): "
                + t(p, "whatWasWrong") + "; corrected " + fields;
    }
}
