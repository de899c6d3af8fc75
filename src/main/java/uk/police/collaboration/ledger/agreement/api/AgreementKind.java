package uk.police.collaboration.ledger.agreement.api;

/** What sort of agreement binds the parties. A statement of intent records best intentions only. */
public enum AgreementKind {
    SECTION_22A("Section 22A agreement", true),
    STATEMENT_OF_INTENT("statement of intent", false),
    CONTRACT("contract", true),
    MEMORANDUM("memorandum", true);

    private final String label;
    private final boolean legallyBinding;

    AgreementKind(String label, boolean legallyBinding) {
        this.label = label;
        this.legallyBinding = legallyBinding;
    }

    /** How the kind reads in a sentence: "Section 22A agreement", "statement of intent". */
    public String label() {
        return label;
    }

    /** False for a statement of intent: it is not a legal document, only a precursor to a contract. */
    public boolean legallyBinding() {
        return legallyBinding;
    }
}
