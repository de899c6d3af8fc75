package uk.police.collaboration.ledger.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import uk.police.collaboration.ledger.ledgerlog.RecordedEvent;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static uk.police.collaboration.ledger.timeline.Words.date;
import static uk.police.collaboration.ledger.timeline.Words.join;
import static uk.police.collaboration.ledger.timeline.Words.opt;
import static uk.police.collaboration.ledger.timeline.Words.q;
import static uk.police.collaboration.ledger.timeline.Words.t;
import static uk.police.collaboration.ledger.timeline.Words.words;

/** Sentences of an options appraisal: the options proposed, approved, rejected or discarded. */
final class AppraisalSentences implements Sentences {

    /** Option ids such as "option-2" or "Option_3a": boards refer to these options by their number. */
    private static final Pattern NUMBERED = Pattern.compile("(?i)option[-_ ]?(\\d+[a-z]?)");

    @Override
    public String sentence(RecordedEvent event, Names names) {
        JsonNode p = event.payload();
        return switch (event.eventType()) {
            case "AppraisalOpened" -> "Options appraisal " + q(t(p, "title")) + " opened";
            case "OptionProposed" -> option(p, names) + " proposed"
                    + (p.path("doNothing").asBoolean(false) ? " as the 'Do Nothing' baseline" : "") + timescale(p.get("timescale"));
            case "OptionWithdrawn" -> option(p, names) + " withdrawn" + opt(": ", t(p, "reason"));
            case "OptionApproved" -> t(p, "approvedBy") + " approved " + option(p, names)
                    + (t(p, "meeting") != null || t(p, "decisionReference") != null
                    ? " (" + join(t(p, "meeting"), t(p, "decisionReference") == null ? null : "decision " + t(p, "decisionReference")) + ")" : "");
            case "OptionNotSelected" -> option(p, names) + " not selected";
            case "OptionRejected" -> t(p, "rejectedBy") + " rejected " + option(p, names) + opt(": ", t(p, "reason"));
            case "OptionDiscarded" -> "Option " + q(t(p, "title")) + " considered and discarded at the "
                    + words(t(p, "stage")) + opt(": ", t(p, "reason"));
            case "OptionsConsideredStated" -> (p.path("count").isNumber() ? p.get("count").asInt() + " options" : "Options")
                    + " considered at the " + words(t(p, "stage")) + " of " + q(names.name("appraisal", t(p, "appraisalId")))
                    + opt(": ", t(p, "description"));
            default -> null;
        };
    }

    /** "Option 2 — Progress collaboration…" for a numbered option, "option “4 + 1 model”" for another. */
    private static String option(JsonNode p, Names names) {
        String id = t(p, "optionId");
        String title = names.name("option", t(p, "appraisalId") + "/" + id);
        Matcher numbered = NUMBERED.matcher(id == null ? "" : id);
        if (!numbered.matches()) {
            return "option " + q(title);
        }
        String label = "Option " + numbered.group(1);
        if (title == null || title.equals(id)) {
            return label;
        }
        // A title that already says "Option 2 – …" is not prefixed a second time.
        return title.regionMatches(true, 0, label, 0, label.length()) ? title : label + " — " + title;
    }

    /** ", timescale 18–24 months from 1 January 2018", or nothing when the paper gave none. */
    private static String timescale(JsonNode t) {
        if (t == null || t.isNull()) {
            return "";
        }
        String min = t.hasNonNull("minMonths") ? t.get("minMonths").asText() : null;
        String max = t.hasNonNull("maxMonths") ? t.get("maxMonths").asText() : null;
        String span = min != null && max != null ? min + "–" + max + " months" : min != null ? "at least " + min + " months"
                : max != null ? "up to " + max + " months" : null;
        String from = t.hasNonNull("from") ? date(t.get("from").asText()) : null;
        if (span == null && from == null) {
            return "";
        }
        return ", timescale " + (span != null ? span : "") + (from != null ? (span != null ? " from " : "from ") + from : "");
    }
}
