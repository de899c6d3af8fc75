package uk.police.collaboration.ledger.journal;

import com.fasterxml.jackson.databind.ObjectMapper;
import uk.police.collaboration.ledger.shared.LedgerJson;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A journal's report as NDJSON, written as the import goes: one result per line, flushed at once
 * so the caller sees progress and the ledger keeps nothing in memory, then one summary line
 * {"summary":{"accepted":…,"refused":…,"stoppedEarly":…}}.
 */
public final class NdjsonReport implements ReportStream {

    private final ObjectMapper mapper = LedgerJson.mapper();
    private final OutputStream out;

    public NdjsonReport(OutputStream out) {
        this.out = out;
    }

    @Override
    public void line(LineResult result) {
        write(result);
    }

    @Override
    public void summary(ImportSummary summary) {
        write(Map.of("summary", summary));
    }

    private void write(Object value) {
        try {
            out.write(mapper.writeValueAsBytes(value));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
