package uk.police.collaboration.ledger.foi;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.police.collaboration.ledger.readside.Params;
import uk.police.collaboration.ledger.readside.ReadRefused;
import uk.police.collaboration.ledger.readside.ReaderClearance;

import java.nio.charset.StandardCharsets;

@RestController
@Tag(name = "FOI", description = "Decision histories for release: published decisions, redactions applied, Part Two never included")
class DecisionHistoryController {

    private final DecisionHistories histories;

    DecisionHistoryController(DecisionHistories histories) {
        this.histories = histories;
    }

    @Operation(summary = "A decision history for release, as JSON, CSV, a printable HTML document or a PDF "
            + "(html and pdf are rendered from the FOI page's own template, in web.pages.FoiDocumentApi)")
    @GetMapping(path = "/api/foi/decision-history")
    ResponseEntity<?> history(@Parameter(description = "programme id; all programmes when absent") @RequestParam(required = false) String collaboration,
                              @Parameter(description = "first decision date, YYYY-MM-DD") @RequestParam(required = false) String from,
                              @Parameter(description = "last decision date, YYYY-MM-DD") @RequestParam(required = false) String to,
                              @Parameter(description = "json (default), csv, html or pdf") @RequestParam(required = false, defaultValue = "json") String format,
                              HttpServletRequest request) {
        String chosen = format.trim().toLowerCase(java.util.Locale.ROOT);
        if (!chosen.equals("json") && !chosen.equals("csv")) {
            // format=html and format=pdf (exactly) are answered by web.pages.FoiDocumentApi.
            throw ReadRefused.badParameter("format", "one of json, csv, html, pdf");
        }
        DecisionHistoryView history = histories.history(collaboration == null || collaboration.isBlank() ? null : collaboration,
                Params.date("from", from), Params.date("to", to), ReaderClearance.of(request));
        String name = "decision-history-" + (history.collaborationId() == null ? "all" : history.collaborationId().replaceAll("[^A-Za-z0-9._-]", "-"));
        return switch (chosen) {
            case "csv" -> ResponseEntity.ok()
                    .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".csv\"")
                    .body(DecisionHistoryFormats.csv(history));
            default -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(history);
        };
    }
}
