package uk.police.collaboration.ledger.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import uk.police.collaboration.ledger.shared.Money;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * The small words every timeline sentence is made of: codes as words, pounds and dates in UK form,
 * quoted titles, and optional clauses that vanish when their fact is missing. In one place so that
 * every area of the timeline writes a sum, a date or an absent fact the same way.
 */
final class Words {

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    // As the papers name them: the stages of a business case (HM Treasury's SOC, OBC, FBC) and the kinds of agreement.
    private static final Map<String, String> STAGES = Map.of("SOC", "Strategic outline case",
            "OBC", "Outline business case", "FBC", "Full business case");
    private static final Map<String, String> KINDS = Map.of("SECTION_22A", "Section 22A agreement",
            "STATEMENT_OF_INTENT", "Statement of intent (not legally binding)", "CONTRACT", "Contract", "MEMORANDUM", "Memorandum");

    private Words() {
    }

    /** A business case by its stage; the stage as written when it is not one of the three. */
    static String stage(String stage) {
        return stage == null ? "Business case" : STAGES.getOrDefault(stage, stage);
    }

    /** An agreement by its kind; any other kind in words. */
    static String kind(String kind) {
        return kind == null ? "Agreement" : KINDS.getOrDefault(kind, words(kind));
    }

    /** "NOT_PROGRESSED" → "not progressed", "PartyWithdrew" → "party withdrew", "PCC" stays "PCC". */
    static String words(String code) {
        if (code == null) {
            return "";
        }
        if (code.equals("PCC") || code.equals("DEPUTY_PCC")) {
            return code.equals("PCC") ? "PCC" : "Deputy PCC";
        }
        String spaced = code.contains("_") || code.equals(code.toUpperCase(Locale.UK)) ? code.replace('_', ' ')
                : code.replaceAll("([a-z])([A-Z])", "$1 $2");
        return spaced.toLowerCase(Locale.UK);
    }

    /** A stored amount in pounds and pence; an amount that is not a sum of money is given as it was written. */
    static String pounds(String amount) {
        try {
            return "£" + String.format(Locale.UK, "%,.2f", Money.of(amount).pounds());
        } catch (RuntimeException e) {
            return amount;
        }
    }

    /** An ISO date as "1 May 2018"; a date that does not parse is given as it was written. */
    static String date(String isoDate) {
        try {
            return LocalDate.parse(isoDate).format(UK_DATE);
        } catch (RuntimeException e) {
            return isoDate;
        }
    }

    /** "high" from "High": ratings read as words in the middle of a sentence. */
    static String lower(String rating) {
        return rating.toLowerCase(Locale.UK);
    }

    static String q(String text) {
        return text == null ? "(untitled)" : "“" + text + "”";
    }

    static String opt(String prefix, String value) {
        return value == null || value.isBlank() ? "" : prefix + value;
    }

    static String opt(String prefix, String value, String suffix) {
        return value == null || value.isBlank() ? "" : prefix + value + suffix;
    }

    /** Two optional clauses joined by "; ", either alone when the other is missing. */
    static String join(String a, String b) {
        return a == null ? b : b == null ? a : a + "; " + b;
    }

    /** A field's text, null when missing or JSON null (so that optional clauses drop out). */
    static String t(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
