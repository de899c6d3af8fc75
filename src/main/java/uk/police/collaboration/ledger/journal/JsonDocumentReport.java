package uk.police.collaboration.ledger.journal;

import com.fasterxml.jackson.databind.ObjectMapper;
import uk.police.collaboration.ledger.shared.LedgerJson;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A journal's report as one JSON document — {"lines":[…],"accepted":…,"refused":…,"stoppedEarly":…},
 * the shape the API has always answered — but written as the import goes: each result on a line of
 * its own, flushed at once, the totals after the last one. Nothing is kept in memory.
 */
public final class JsonDocumentReport implements ReportStream {

    private final ObjectMapper mapper = LedgerJson.mapper();
    private final OutputStream out;
    private boolean first = true;

    public JsonDocumentReport(OutputStream out) {
        this.out = out;
    }

    @Override
    public void line(LineResult result) {
        try {
            out.write((first ? "{\"lines\":[\n" : ",\n").getBytes(StandardCharsets.UTF_8));
            first = false;
            out.write(mapper.writeValueAsBytes(result));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void summary(ImportSummary summary) {
        try {
            out.write((first ? "{\"lines\":[" : "\n") .getBytes(StandardCharsets.UTF_8));
            out.write(("],\"accepted\":" + summary.accepted() + ",\"refused\":" + summary.refused()
                    + ",\"stoppedEarly\":" + summary.stoppedEarly() + "}\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
