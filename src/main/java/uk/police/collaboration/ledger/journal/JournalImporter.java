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
import uk.police.collaboration.ledger.intake.OutcomeUnknown;
import uk.police.collaboration.ledger.intake.StoreUnavailable;
import uk.police.collaboration.ledger.shared.LedgerJson;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

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
    public static final String INVALID_UTF8 = "INVALID_UTF8";

    private final CommandIntake intake;
    private final ObjectMapper mapper = LedgerJson.mapper();

    JournalImporter(CommandIntake intake) {
        this.intake = intake;
    }

    /**
     * Imports a journal, handing each line's result to {@code results} as soon as it is known and
     * keeping none: memory stays bounded however long the journal. Stops at the first refusal when
     * asked to, and always when the database cannot be reached (every later line would fail alike).
     */
    public ImportSummary importJournal(Reader journal, String importedBy, OnRefusal onRefusal, Consumer<LineResult> results) {
        int accepted = 0;
        int refused = 0;
        boolean stopped = false;
        try (Reader input = journal) {
            JournalLines lines = new JournalLines(input, MAX_LINE_LENGTH);
            JournalLines.Line line;
            while ((line = nextOrInvalid(lines, results)) != null) {
                if (!line.tooLong() && (line.text().isBlank() || line.text().stripLeading().startsWith("#"))) {
                    continue;
                }
                if (line.number() < 0) {
                    refused++;
                    stopped = true;
                    break;
                }
                LineResult result = importLine(line, importedBy);
                results.accept(result);
                if (result.isAccepted()) {
                    accepted++;
                } else {
                    refused++;
                    // The database away, or lost while committing this line: the lines after it would meet the same.
                    if (onRefusal == OnRefusal.STOP || StoreUnavailable.CODE.equals(result.code())
                            || OutcomeUnknown.CODE.equals(result.code())) {
                        stopped = true;
                        break;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ImportSummary(accepted, refused, stopped);
    }

    /**
     * The next line; when the journal holds bytes that are not UTF-8 (with a reporting decoder),
     * that line's refusal is handed on and a line numbered -1 says to stop: nothing after
     * undecodable bytes can be trusted to be what the sender meant.
     */
    private static JournalLines.Line nextOrInvalid(JournalLines lines, Consumer<LineResult> results) throws IOException {
        try {
            return lines.next();
        } catch (java.nio.charset.CharacterCodingException e) {
            results.accept(LineResult.refused(lines.lineNumber() + 1, null, null, INVALID_UTF8,
                    "The journal holds bytes that are not UTF-8; the lines before them were imported and answer "
                            + "as before when the corrected journal is sent again", List.of()));
            return new JournalLines.Line(-1, null);
        }
    }

    /** The same, gathering every result: for small journals (the journal page, the demo data). */
    public ImportReport importJournal(Reader journal, String importedBy, OnRefusal onRefusal) {
        List<LineResult> results = new ArrayList<>();
        ImportSummary summary = importJournal(journal, importedBy, onRefusal, results::add);
        return new ImportReport(summary.accepted(), summary.refused(), summary.stoppedEarly(), results);
    }

    private LineResult importLine(JournalLines.Line line, String importedBy) {
        int number = line.number();
        String text = line.text();
        if (line.tooLong()) {
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
