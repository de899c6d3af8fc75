package uk.police.collaboration.ledger.journal;

import java.util.List;

/** Per-line results of a journal import and whether it stopped at the first refusal. */
public record ImportReport(int accepted, int refused, boolean stoppedEarly, List<LineResult> lines) {
    public ImportReport {
        lines = List.copyOf(lines);
    }
}
