package uk.police.collaboration.ledger.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.police.collaboration.ledger.intake.CommandRefused;
import uk.police.collaboration.ledger.intake.StoreUnavailable;
import org.springframework.http.MediaType;
import uk.police.collaboration.ledger.journal.ImportSummary;
import uk.police.collaboration.ledger.journal.JsonDocumentReport;
import uk.police.collaboration.ledger.journal.JournalImporter;
import uk.police.collaboration.ledger.journal.LineResult;
import uk.police.collaboration.ledger.journal.NdjsonReport;
import uk.police.collaboration.ledger.journal.OnRefusal;
import uk.police.collaboration.ledger.journal.ReportStream;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;

/**
 * Imports a journal of command envelopes (application/x-ndjson), reading it line by line and
 * answering line by line: each line's result is sent as soon as the line is recorded or refused,
 * so neither side holds the whole journal or the whole report.
 */
@RestController
@Tag(name = "Journal", description = "Import many commands at once, one JSON envelope per line")
class JournalController {

    static final String NDJSON = "application/x-ndjson";

    private final JournalImporter importer;

    JournalController(JournalImporter importer) {
        this.importer = importer;
    }

    @Operation(summary = "Import a journal",
            description = "Each line is {\"command\", \"commandId\", \"effectiveOn\", \"source\", \"payload\"}. "
                    + "onRefusal=STOP (default) stops at the first refused line; CONTINUE records every line it can. "
                    + "The answer is streamed, one result per line as each journal line is done: with Accept: application/x-ndjson, "
                    + "NDJSON ending {\"summary\":{accepted, refused, stoppedEarly}}; otherwise one JSON document "
                    + "{\"lines\":[…], accepted, refused, stoppedEarly}. "
                    + "If the database cannot be reached before the first line, the answer is 503 STORE_UNAVAILABLE; "
                    + "later, the import stops with that line's result. A line answered OUTCOME_UNKNOWN (the database failed "
                    + "while it was being committed) may or may not have been recorded: the import stops there; send the "
                    + "journal again unchanged and its lines answer as recorded or are recorded now.")
    @PostMapping(path = "/api/journal", consumes = NDJSON, produces = {MediaType.APPLICATION_JSON_VALUE, NDJSON})
    void importJournal(HttpServletRequest request, HttpServletResponse response,
                       @Parameter(description = "STOP or CONTINUE") @RequestParam(defaultValue = "STOP") OnRefusal onRefusal,
                       Principal user) throws IOException {
        String accept = request.getHeader("Accept");
        StreamedReport report = new StreamedReport(response, accept != null && accept.contains(NDJSON));
        // A decoder that reports bytes that are not UTF-8 instead of replacing them with U+FFFD (the importer answers INVALID_UTF8).
        ImportSummary summary = importer.importJournal(new InputStreamReader(request.getInputStream(), StandardCharsets.UTF_8.newDecoder()),
                Users.nameOf(user), onRefusal, report::line);
        report.summary(summary);
    }

    /**
     * Commits the 200 answer with the first result, so that a database away from the start is still
     * a 503 problem, and bytes that are not UTF-8 before any line a 400 problem.
     */
    private static final class StreamedReport {
        private final HttpServletResponse response;
        private final boolean ndjson;
        private ReportStream report;

        StreamedReport(HttpServletResponse response, boolean ndjson) {
            this.response = response;
            this.ndjson = ndjson;
        }

        void line(LineResult result) {
            if (report == null && StoreUnavailable.CODE.equals(result.code())) {
                throw StoreUnavailable.refusal();
            }
            if (report == null && JournalImporter.INVALID_UTF8.equals(result.code())) {
                throw new CommandRefused(400, result.code(), result.rule(), List.of());
            }
            started().line(result);
        }

        void summary(ImportSummary summary) {
            started().summary(summary);
        }

        private ReportStream started() {
            if (report == null) {
                response.setStatus(200);
                response.setContentType(ndjson ? NDJSON : MediaType.APPLICATION_JSON_VALUE);
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                try {
                    report = ndjson ? new NdjsonReport(response.getOutputStream()) : new JsonDocumentReport(response.getOutputStream());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            return report;
        }
    }
}
