package uk.police.collaboration.ledger.readside;

import jakarta.servlet.http.HttpServletRequest;
import uk.police.collaboration.ledger.access.Clearance;

/** The reader's clearance for this request. */
public final class ReaderClearance {

    /** Request attribute holding the reader's {@link Clearance}. */
    public static final String ATTRIBUTE = "ledger.clearance";

    private ReaderClearance() {
    }

    public static Clearance of(HttpServletRequest request) {
        // The security filter sets this attribute from the authenticated user; absent (no security yet): AUDITOR.
        Object clearance = request.getAttribute(ATTRIBUTE);
        return clearance instanceof Clearance c ? c : Clearance.AUDITOR;
    }
}
