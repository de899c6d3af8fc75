package uk.police.collaboration.ledger.web.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The errors of one form, in the GOV.UK pattern: a summary at the top whose every line links to its
 * field, and the same message beside the field.
 */
public final class FormErrors {

    public record Line(String anchor, String message) {
    }

    private final Map<String, String> byField = new LinkedHashMap<>();
    private final List<Line> summary = new ArrayList<>();

    static FormErrors none() {
        return new FormErrors();
    }

    /** An error about a field; the anchor is the field's input id. */
    public FormErrors field(String field, String anchor, String message) {
        byField.putIfAbsent(field, message);
        summary.add(new Line(anchor, message));
        return this;
    }

    /** An error about the whole form. */
    public FormErrors general(String message) {
        summary.add(new Line(null, message));
        return this;
    }

    public boolean any() {
        return !summary.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String of(String field) {
        return byField.get(field);
    }

    public List<Line> summary() {
        return List.copyOf(summary);
    }
}
