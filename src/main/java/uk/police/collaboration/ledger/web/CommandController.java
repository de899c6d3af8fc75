package uk.police.collaboration.ledger.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import uk.police.collaboration.ledger.intake.Accepted;
import uk.police.collaboration.ledger.intake.CommandEnvelope;
import uk.police.collaboration.ledger.intake.CommandIntake;

import java.security.Principal;

/**
 * One endpoint per command: POST /api/commands/{CommandName} with the envelope
 * {commandId, effectiveOn, source, payload}. 201 when recorded, 200 when the command id had
 * already been recorded with the same content (nothing new written). A body {@code recordedBy} is
 * refused: who recorded a command is the signed-in user.
 */
@RestController
@Tag(name = "Commands", description = "Record facts: every accepted command writes immutable events")
class CommandController {

    private final CommandIntake intake;

    CommandController(CommandIntake intake) {
        this.intake = intake;
    }

    @Operation(summary = "Submit one command", description = "See docs/commands.md for each command's payload, rules and error codes")
    @PostMapping(path = "/api/commands/{command}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Accepted> submit(@PathVariable String command, @RequestBody CommandEnvelope envelope, Principal user) {
        if (envelope.command() != null && !envelope.command().equals(command)) {
            throw new uk.police.collaboration.ledger.intake.CommandRefused(400, "COMMAND_NAME_MISMATCH",
                    "The body names a different command from the path",
                    java.util.List.of("command"));
        }
        if (envelope.recordedBy() != null) {
            // On the API "recorded by" is the signed-in user and nothing else; a body naming someone
            // would either be ignored (and a resubmission adding it would look like the same command)
            // or trusted. A paper's original author is given on a journal line instead.
            throw new uk.police.collaboration.ledger.intake.CommandRefused(400, "RECORDED_BY_NOT_ACCEPTED",
                    "recordedBy is not accepted in an API request: the ledger records the signed-in user; "
                            + "a paper's original author is given as recordedBy on a journal line",
                    java.util.List.of("recordedBy"));
        }
        Accepted accepted = intake.submit(envelope.withCommand(command), Users.nameOf(user));
        return ResponseEntity.status(accepted.replayed() ? HttpStatus.OK : HttpStatus.CREATED).body(accepted);
    }
}
