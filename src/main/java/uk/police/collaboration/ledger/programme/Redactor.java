package uk.police.collaboration.ledger.programme;

import uk.police.collaboration.ledger.programme.ProgrammeView.DecisionView;
import uk.police.collaboration.ledger.programme.ProgrammeView.PartTwoView;
import uk.police.collaboration.ledger.programme.ProgrammeView.RedactionView;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Withholds what a reader may not see of a decision. A redacted passage is replaced, wherever it
 * occurs in the decision's text, by "[Redacted: exemption]" and dropped from the redaction itself;
 * Part Two content is dropped (only its ground remains) and any copy of it in the text is replaced
 * by "[Part Two: ground]". The withheld text never leaves the server.
 */
public final class Redactor {

    private Redactor() {
    }

    public static String marker(String exemption) {
        return "[Redacted: " + exemption + "]";
    }

    public static String partTwoMarker(String ground) {
        return "[Part Two: " + ground + "]";
    }

    /** Redacted passages replaced (longest first, so a passage inside another is not left half-done). */
    public static DecisionView redact(DecisionView decision) {
        List<RedactionView> redactions = new ArrayList<>(decision.redactions());
        redactions.sort(Comparator.comparingInt((RedactionView r) -> r.passage() == null ? 0 : r.passage().length()).reversed());
        UnaryOperator<String> clean = text -> replacePassages(text, redactions);
        DecisionView redacted = withTexts(decision, clean);
        return redacted.withTexts(redacted.title(), redacted.decisionMaker(), redacted.reportAuthor(),
                redacted.recommendations(), redacted.significanceReason(), redacted.decidedBy(), redacted.reasons(),
                redacted.publicationReason(), decision.redactions().stream()
                        .map(r -> new RedactionView(r.redactionId(), r.part(), null, r.exemption(), r.status(),
                                r.signedOffBy(), r.signedOffRole(), r.eventId())).toList());
    }

    /** Part Two content dropped, and any copy of it in the decision's text replaced by its ground. */
    public static DecisionView withholdPartTwo(DecisionView decision) {
        List<PartTwoView> parts = decision.partTwo();
        UnaryOperator<String> clean = text -> {
            String result = text;
            for (PartTwoView part : parts) {
                if (result != null && part.content() != null && !part.content().isBlank()) {
                    result = result.replace(part.content(), partTwoMarker(part.ground()));
                }
            }
            return result;
        };
        return withTexts(decision, clean).withPartTwo(parts.stream()
                .map(p -> new PartTwoView(p.partTwoId(), p.ground(), null, p.eventId())).toList());
    }

    /** Replaces every passage of these redactions in the text (for summaries and other free text). */
    public static String replacePassages(String text, List<RedactionView> redactions) {
        if (text == null) {
            return null;
        }
        String result = text;
        List<RedactionView> longestFirst = new ArrayList<>(redactions);
        longestFirst.sort(Comparator.comparingInt((RedactionView r) -> r.passage() == null ? 0 : r.passage().length()).reversed());
        for (RedactionView redaction : longestFirst) {
            if (redaction.passage() != null && !redaction.passage().isBlank()) {
                result = result.replace(redaction.passage(), marker(redaction.exemption()));
            }
        }
        return result;
    }

    private static DecisionView withTexts(DecisionView d, UnaryOperator<String> clean) {
        return d.withTexts(clean.apply(d.title()), clean.apply(d.decisionMaker()), clean.apply(d.reportAuthor()),
                d.recommendations().stream().map(clean).toList(), clean.apply(d.significanceReason()),
                clean.apply(d.decidedBy()), clean.apply(d.reasons()), clean.apply(d.publicationReason()),
                d.redactions());
    }
}
