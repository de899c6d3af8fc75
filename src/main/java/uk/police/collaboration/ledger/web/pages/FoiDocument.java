package uk.police.collaboration.ledger.web.pages;

import uk.police.collaboration.ledger.foi.DecisionHistoryView;

import java.time.LocalDate;

/**
 * One FOI decision history as released: the read side's history, the day it was produced and the
 * request it answers. standalone: a document of its own (printable, PDF) rather than part of the FOI page.
 */
public record FoiDocument(DecisionHistoryView history, LocalDate producedOn, String requestReference, boolean standalone,
                          String cssHref) {

    static final String PRINT_CSS = "/assets/ledger/print.css";

    /** A request reference as typed, kept to what a file name and a footer can carry. */
    static String requestReference(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String kept = typed.trim().replaceAll("[^\\p{L}\\p{N} ./_-]", "");
        return kept.isEmpty() ? null : kept.substring(0, Math.min(kept.length(), 60));
    }

    String fileName(String extension) {
        String name = "decision-history-" + (history.collaborationId() == null ? "all" : history.collaborationId())
                + (requestReference == null ? "" : "-" + requestReference);
        return name.replaceAll("[^A-Za-z0-9._-]", "-") + "." + extension;
    }
}
