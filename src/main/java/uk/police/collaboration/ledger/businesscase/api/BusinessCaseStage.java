package uk.police.collaboration.ledger.businesscase.api;

import java.util.Optional;

/** The stages of a business case, in the only order they may be taken. */
public enum BusinessCaseStage {
    SOC("Strategic Outline Case"),
    OBC("Outline Business Case"),
    FBC("Full Business Case");

    private final String title;

    BusinessCaseStage(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** The stage that follows this one, if any (SOC, then OBC, then FBC). */
    public Optional<BusinessCaseStage> next() {
        BusinessCaseStage[] all = values();
        return ordinal() + 1 < all.length ? Optional.of(all[ordinal() + 1]) : Optional.empty();
    }
}
