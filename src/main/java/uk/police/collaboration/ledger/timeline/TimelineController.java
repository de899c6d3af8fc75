package uk.police.collaboration.ledger.timeline;

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

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

@RestController
@Tag(name = "Timeline", description = "Every event of a programme in order, each with who, when, on what paper, and a sentence")
class TimelineController {

    static final int MAX_SIZE = 500;
    private final TimelineQueries queries;

    TimelineController(TimelineQueries queries) {
        this.queries = queries;
    }

    @Operation(summary = "A programme's timeline, paged")
    @GetMapping(path = "/api/collaborations/{id}/timeline", produces = MediaType.APPLICATION_JSON_VALUE)
    TimelineView timeline(@PathVariable String id,
                          @Parameter(description = "first effective date, YYYY-MM-DD") @RequestParam(required = false) String from,
                          @Parameter(description = "last effective date, YYYY-MM-DD") @RequestParam(required = false) String to,
                          @Parameter(description = "event types, comma-separated, e.g. OptionApproved,DecisionMade") @RequestParam(required = false) String type,
                          @Parameter(description = "transaction time: only what the ledger had recorded by this instant, ISO-8601") @RequestParam(required = false) String knownAt,
                          @Parameter(description = "page number from 0") @RequestParam(required = false) String page,
                          @Parameter(description = "lines per page, 1 to 500 (default 50)") @RequestParam(required = false) String size,
                          HttpServletRequest request) {
        Set<String> types = type == null ? Set.of() : Arrays.stream(type.split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        return queries.timeline(id, Params.date("from", from), Params.date("to", to), types,
                Params.integer("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE),
                Params.integer("size", size, 50, 1, MAX_SIZE), ReaderClearance.of(request), Params.instant("knownAt", knownAt));
    }
}
