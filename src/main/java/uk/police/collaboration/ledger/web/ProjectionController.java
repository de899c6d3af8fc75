package uk.police.collaboration.ledger.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.police.collaboration.ledger.ledgerlog.ProjectionReplay;

/** Operations: rebuild the read side from the event store, and watch it do so. */
@RestController
@Tag(name = "Operations", description = "Rebuild projections")
class ProjectionController {

    private final ProjectionReplay replay;

    ProjectionController(ProjectionReplay replay) {
        this.replay = replay;
    }

    @Operation(summary = "Rebuild every read model from the first event (the API answers from partial views until done)")
    @PostMapping("/api/admin/projections/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ProjectionReplay.ReplayStatus replay() {
        return replay.replay();
    }

    @Operation(summary = "Where the ledger-log processor stands")
    @GetMapping("/api/admin/projections/status")
    ProjectionReplay.ReplayStatus status() {
        return replay.status();
    }
}
