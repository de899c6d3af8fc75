package uk.police.collaboration.ledger.readside;

import jakarta.servlet.http.HttpServletRequest;
import uk.police.collaboration.ledger.access.Clearance;

/** The reader's clearance for this request. */
public final class ReaderClearance {

    /** Request attribute holding the reader's {@link Clearance}. */
    public static final String ATTRIBUTE = uk.police.collaboration.ledger.access.CurrentReader.ATTRIBUTE;

    private ReaderClearance() {
    }

    public static Clearance of(HttpServletRequest request) {
        // The security filter sets this attribute from the authenticated user; absent, nobody vouched
        // for the reader, who sees only what anyone may see.
        Object clearance = request.getAttribute(ATTRIBUTE);
        return clearance instanceof Clearance c ? c : Clearance.PUBLIC;
    }
}
