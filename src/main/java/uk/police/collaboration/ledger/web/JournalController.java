package uk.police.collaboration.ledger.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.police.collaboration.ledger.journal.ImportReport;
import uk.police.collaboration.ledger.journal.JournalImporter;
import uk.police.collaboration.ledger.journal.OnRefusal;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.Principal;

/** Imports a journal of command envelopes (application/x-ndjson), answering line by line. */
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
                    + "onRefusal=STOP (default) stops at the first refused line; CONTINUE records every line it can.")
    @PostMapping(path = "/api/journal", consumes = NDJSON, produces = MediaType.APPLICATION_JSON_VALUE)
    ImportReport importJournal(HttpServletRequest request,
                               @Parameter(description = "STOP or CONTINUE") @RequestParam(defaultValue = "STOP") OnRefusal onRefusal,
                               Principal user) throws IOException {
        // A decoder that reports bytes that are not UTF-8 instead of replacing them with U+FFFD.
        try {
            return importer.importJournal(new InputStreamReader(request.getInputStream(), StandardCharsets.UTF_8.newDecoder()),
                    Users.nameOf(user), onRefusal);
        } catch (java.io.UncheckedIOException e) {
            if (e.getCause() instanceof java.nio.charset.CharacterCodingException) {
                throw new uk.police.collaboration.ledger.intake.CommandRefused(400, "INVALID_UTF8",
                        "The journal holds bytes that are not UTF-8; the lines before them were imported and answer "
                                + "as before when the corrected journal is sent again", java.util.List.of());
            }
            throw e;
        }
    }
}
