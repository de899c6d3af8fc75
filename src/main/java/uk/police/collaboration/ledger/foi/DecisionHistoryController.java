package uk.police.collaboration.ledger.foi;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.police.collaboration.ledger.readside.Params;
import uk.police.collaboration.ledger.readside.ReadRefused;
import uk.police.collaboration.ledger.readside.ReaderClearance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

@RestController
@Tag(name = "FOI", description = "Decision histories for release: published decisions, redactions applied, Part Two never included")
class DecisionHistoryController {

    private final DecisionHistories histories;
    private final DecisionHistoryStream stream;

    DecisionHistoryController(DecisionHistories histories, DecisionHistoryStream stream) {
        this.histories = histories;
        this.stream = stream;
    }

    @Operation(summary = "A decision history for release, as JSON, CSV, a printable HTML document or a PDF "
            + "(html and pdf from the FOI page's own template, in web.pages.FoiDocumentApi)")
    @GetMapping(path = "/api/foi/decision-history")
    ResponseEntity<?> history(@Parameter(description = "programme id; all programmes when absent") @RequestParam(required = false) String collaboration,
                              @Parameter(description = "first decision date, YYYY-MM-DD") @RequestParam(required = false) String from,
                              @Parameter(description = "last decision date, YYYY-MM-DD") @RequestParam(required = false) String to,
                              @Parameter(description = "json (default), csv, html or pdf") @RequestParam(required = false, defaultValue = "json") String format,
                              HttpServletRequest request, HttpServletResponse response) throws IOException {
        String chosen = format.trim().toLowerCase(java.util.Locale.ROOT);
        if (!chosen.equals("json") && !chosen.equals("csv")) {
            // format=html and format=pdf (exactly) are answered by web.pages.FoiDocumentApi, from the FOI page's template.
            throw ReadRefused.badParameter("format", "one of json, csv, html, pdf");
        }
        String programme = collaboration == null || collaboration.isBlank() ? null : collaboration;
        LocalDate first = Params.date("from", from);
        LocalDate last = Params.date("to", to);
        String name = "decision-history-" + (programme == null ? "all" : programme.replaceAll("[^A-Za-z0-9._-]", "-"));
        // JSON and CSV are written row by row from a cursor, straight to the response, on this thread;
        // refusals are answered (problem+json) before the first byte.
        DecisionHistoryStream.Prepared prepared = stream.prepare(programme, first, last, ReaderClearance.of(request));
        response.setStatus(200);
        if (chosen.equals("csv")) {
            response.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8).toString());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".csv\"");
            stream.csv(prepared, response.getOutputStream());
        } else {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            stream.json(prepared, response.getOutputStream());
        }
        return null;
    }
}
