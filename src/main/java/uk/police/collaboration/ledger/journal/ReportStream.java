package uk.police.collaboration.ledger.journal;

/** Where a journal's results go as they are known: each line's result, then the totals. */
public interface ReportStream {

    void line(LineResult result);

    void summary(ImportSummary summary);
}
