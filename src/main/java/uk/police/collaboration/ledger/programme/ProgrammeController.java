package uk.police.collaboration.ledger.programme;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.police.collaboration.ledger.readside.Params;
import uk.police.collaboration.ledger.readside.ReadRefused;
import uk.police.collaboration.ledger.readside.ReaderClearance;

import java.util.List;

/** Programme state: the board's current view and the auditor's view as of a date, as known at an instant. */
@RestController
@Tag(name = "Programmes", description = "Current state of a programme, or its state as of a date as known at an instant")
class ProgrammeController {

    private final ProgrammeQueries queries;

    ProgrammeController(ProgrammeQueries queries) {
        this.queries = queries;
    }

    @Operation(summary = "List the programmes the reader may see")
    @GetMapping(path = "/api/collaborations", produces = MediaType.APPLICATION_JSON_VALUE)
    List<ProgrammeQueries.ProgrammeSummaryView> list(HttpServletRequest request) {
        return queries.list(ReaderClearance.of(request));
    }

    @Operation(summary = "One programme's state",
            description = "Without asOf and knownAt the current state; with asOf (a date) and/or knownAt (an ISO instant) "
                    + "the state as of that date as the ledger knew it at that instant. The long sections (appraisals, "
                    + "businessCases, agreements, fundingRequests, risks, milestones, decisions, progress, correctionsApplied) "
                    + "hold their first `size` items; `pages` gives each one's total and the link to its next page. "
                    + "With `section`, one page of that section instead (page, size, total, items, next).")
    @ApiResponse(responseCode = "200", description = "the view with its long sections' first pages, or one section's page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(anyOf = {
                    ViewPages.PagedProgrammeView.class, ViewPages.SectionPageView.class})))
    @GetMapping(path = "/api/collaborations/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    Object one(@PathVariable String id,
               @Parameter(description = "valid time, YYYY-MM-DD") @RequestParam(required = false) String asOf,
               @Parameter(description = "transaction time, e.g. 2018-04-01T00:00:00Z") @RequestParam(required = false) String knownAt,
               @Parameter(description = "one long section to page through, e.g. decisions") @RequestParam(required = false) String section,
               @Parameter(description = "page number from 0 (with section)") @RequestParam(required = false) String page,
               @Parameter(description = "items per page of each long section, 1 to 500 (default 50)") @RequestParam(required = false) String size,
               HttpServletRequest request) {
        int perPage = Params.integer("size", size, ViewPages.DEFAULT_SIZE, 1, ViewPages.MAX_SIZE);
        int pageNumber = Params.integer("page", page, 0, 0, Integer.MAX_VALUE / ViewPages.MAX_SIZE);
        if (section == null && page != null) {
            throw ReadRefused.badParameter("page", "only with section (the view itself shows each section's first page)");
        }
        ProgrammeView view = queries.asOf(id, Params.date("asOf", asOf), Params.instant("knownAt", knownAt), ReaderClearance.of(request));
        return section == null ? ViewPages.firstPages(view, perPage) : ViewPages.section(view, section, pageNumber, perPage);
    }
}
