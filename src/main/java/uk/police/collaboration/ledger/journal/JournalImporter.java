package uk.police.collaboration.ledger.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import uk.police.collaboration.ledger.intake.CommandEnvelope;
import uk.police.collaboration.ledger.intake.CommandIntake;
import uk.police.collaboration.ledger.intake.CommandRefused;
import uk.police.collaboration.ledger.intake.RefusalTranslator;
import uk.police.collaboration.ledger.shared.LedgerJson;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Imports a journal: one command envelope as JSON per line. Each line goes through the same
 * intake as an API call, in its own short transaction, so a large journal never holds one long
 * transaction open (a long one can make tracking processors skip events: pitfall 1). Blank lines
 * and lines starting with '#' are comments.
 */
@Service
public class JournalImporter {

    private static final Logger log = LoggerFactory.getLogger(JournalImporter.class);
    static final int MAX_LINE_LENGTH = 200_000;

    private final CommandIntake intake;
    private final ObjectMapper mapper = LedgerJson.mapper();

    JournalImporter(CommandIntake intake) {
        this.intake = intake;
    }

    public ImportReport importJournal(Reader journal, String importedBy, OnRefusal onRefusal) {
        List<LineResult> results = new ArrayList<>();
        int accepted = 0;
        int refused = 0;
        boolean stopped = false;
        try (BufferedReader lines = new BufferedReader(journal)) {
            String text;
            int number = 0;
            while ((text = lines.readLine()) != null) {
                number++;
                if (text.isBlank() || text.stripLeading().startsWith("#")) {
                    continue;
                }
                LineResult result = importLine(number, text, importedBy);
                results.add(result);
                if (result.isAccepted()) {
                    accepted++;
                } else {
                    refused++;
                    if (onRefusal == OnRefusal.STOP) {
                        stopped = true;
                        break;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ImportReport(accepted, refused, stopped, results);
    }

    private LineResult importLine(int number, String text, String importedBy) {
        if (text.length() > MAX_LINE_LENGTH) {
            return LineResult.refused(number, null, null, "LINE_TOO_LONG",
                    "A journal line may hold at most " + MAX_LINE_LENGTH + " characters", List.of());
        }
        CommandEnvelope envelope;
        try {
            envelope = mapper.readValue(text, CommandEnvelope.class);
        } catch (JsonProcessingException e) {
            return LineResult.refused(number, null, null, "MALFORMED_LINE",
                    "Line is not a command envelope: {\"command\", \"commandId\", \"effectiveOn\", \"source\", \"payload\"}"
                            + locationOf(e), List.of());
        }
        try {
            return LineResult.accepted(number, intake.submit(envelope, importedBy));
        } catch (RuntimeException e) {
            CommandRefused refusal = RefusalTranslator.translate(e).orElseGet(() -> {
                log.error("Journal line {} ({}) failed unexpectedly", number, envelope.command(), e);
                return new CommandRefused(500, "INTERNAL_ERROR", "The ledger failed to record this line; nothing was written", List.of());
            });
            return LineResult.refused(number, envelope.command(), envelope.commandId(), refusal.code(), refusal.rule(), refusal.fields());
        }
    }

    private static String locationOf(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " (column " + e.getLocation().getColumnNr() + ")";
    }
}
