package uk.police.collaboration.ledger.access;

/**
 * What a reader may see. Checked where data is read (the query services), not only at the door,
 * so that no path to a view can show more than the reader's clearance allows.
 * <ul>
 *   <li>PUBLIC (anonymous): published decisions, redactions applied, and the public registers.</li>
 *   <li>FOI: what may be released: as PUBLIC, plus FOI decision histories.</li>
 *   <li>BOARD and SECRETARIAT: every programme's state and timeline, unpublished decisions and
 *       redacted passages, but never Part Two (exempt) content.</li>
 *   <li>AUDITOR: everything, Part Two included.</li>
 * </ul>
 */
public enum Clearance {
    PUBLIC, FOI, BOARD, SECRETARIAT, AUDITOR;

    public boolean seesProgrammes() {
        return this == BOARD || this == SECRETARIAT || this == AUDITOR;
    }

    public boolean seesUnpublishedDecisions() {
        return seesProgrammes();
    }

    public boolean seesRedactedPassages() {
        return seesProgrammes();
    }

    public boolean seesPartTwo() {
        return this == AUDITOR;
    }
}
