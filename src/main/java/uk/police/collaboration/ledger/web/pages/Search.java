package uk.police.collaboration.ledger.web.pages;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * Keyword search as a reader expects it: every word typed must appear somewhere in the item, case
 * and accents ignored ("cafe" finds "Café"), so "control room 2018" narrows rather than widens.
 */
final class Search {

    private Search() {
    }

    static boolean matches(String query, String... texts) {
        String haystack = fold(String.join(" \u0000 ", Arrays.stream(texts).map(t -> t == null ? "" : t).toList()));
        return Arrays.stream(fold(query).split("\\s+")).filter(w -> !w.isEmpty()).allMatch(haystack::contains);
    }

    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.UK);
    }
}
