package uk.police.collaboration.ledger.web.pages;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * The values one select of a filter form offers, each with the words a reader sees: one list both
 * draws the select (pages/fragments :: choice) and decides which value typed into the address is
 * honoured, so a sort the page does not offer falls back to the default rather than failing.
 */
public record Choices(List<Choice> entries) {

    public record Choice(String value, String label) {
    }

    /** Pairs of value and label, in the order the select shows them. */
    static Choices of(String... valuesAndLabels) {
        List<Choice> entries = new ArrayList<>();
        for (int i = 0; i + 1 < valuesAndLabels.length; i += 2) {
            entries.add(new Choice(valuesAndLabels[i], valuesAndLabels[i + 1]));
        }
        return new Choices(List.copyOf(entries));
    }

    /** Values found in the data (a year, a kind, a party), labelled by the given words. */
    static Choices from(Collection<String> values, Function<String, String> label) {
        return new Choices(values.stream().map(v -> new Choice(v, label.apply(v))).toList());
    }

    /** The value asked for when it is one of these, otherwise the fallback (null: no filter). */
    String pick(String asked, String fallback) {
        String value = RegisterPages.blankToNull(asked);
        return value != null && entries.stream().anyMatch(c -> c.value().equals(value)) ? value : fallback;
    }
}
