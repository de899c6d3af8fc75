package uk.police.collaboration.ledger.programme;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.police.collaboration.ledger.readside.Params;
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
            description = "Without parameters the current state; with asOf (a date) and/or knownAt (an ISO instant) "
                    + "the state as of that date as the ledger knew it at that instant")
    @GetMapping(path = "/api/collaborations/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ProgrammeView one(@PathVariable String id,
                      @Parameter(description = "valid time, YYYY-MM-DD") @RequestParam(required = false) String asOf,
                      @Parameter(description = "transaction time, e.g. 2018-04-01T00:00:00Z") @RequestParam(required = false) String knownAt,
                      HttpServletRequest request) {
        return queries.asOf(id, Params.date("asOf", asOf), Params.instant("knownAt", knownAt), ReaderClearance.of(request));
    }
}
