package uk.police.collaboration.ledger.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.police.collaboration.ledger.ledgerlog.ParkedProgrammes;
import uk.police.collaboration.ledger.ledgerlog.ParkedRetry;
import uk.police.collaboration.ledger.ledgerlog.ProjectionReplay;
import uk.police.collaboration.ledger.readside.ReadRefused;

import java.util.List;

/** Operations: rebuild the read side from the event store, and watch it do so. */
@RestController
@Tag(name = "Operations", description = "Rebuild projections")
class ProjectionController {

    private final ProjectionReplay replay;
    private final ParkedProgrammes parked;
    private final ParkedRetry retry;

    ProjectionController(ProjectionReplay replay, ParkedProgrammes parked, ParkedRetry retry) {
        this.replay = replay;
        this.parked = parked;
        this.retry = retry;
    }

    @Operation(summary = "Programmes whose views are parked after a failure, in the order they were parked")
    @GetMapping("/api/admin/projections/parked")
    List<ParkedProgrammes.Parked> parked() {
        return parked.list();
    }

    @Operation(summary = "Fold every parked programme again from its ledger log, in order; each is unparked when that works")
    @PostMapping("/api/admin/projections/parked/retry")
    List<ParkedRetry.Retried> retryAll() {
        return retry.retryAll();
    }

    @Operation(summary = "Fold one parked programme again from its ledger log")
    @PostMapping("/api/admin/projections/parked/{collaborationId}/retry")
    ParkedRetry.Retried retryOne(@PathVariable String collaborationId) {
        return retry.retry(collaborationId).orElseThrow(() -> ReadRefused.notFound("parked programme '" + collaborationId + "'"));
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
