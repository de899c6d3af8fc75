package uk.police.collaboration.ledger.journal;

import java.util.List;

/**
 * Per-line results of a journal import, gathered whole: for small journals only (the journal page,
 * the demo data). The API and the command line stream each result instead (JournalImporter).
 */
public record ImportReport(int accepted, int refused, boolean stoppedEarly, List<LineResult> lines) {
    public ImportReport {
        lines = List.copyOf(lines);
    }
}
