package uk.police.collaboration.ledger.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import uk.police.collaboration.ledger.shared.Source;

/**
 * A command as it arrives: over REST (command name from the path) or as one journal line.
 * {@code recordedBy} in a journal line names the paper's original author; the ledger's own
 * "recorded by" is always the authenticated user who submits it.
 */
public record CommandEnvelope(
        @Size(max = 100) String command,
        @NotBlank @Size(max = 200) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:/-]*", message = "letters, digits and . _ : / - only") String commandId,
        @NotBlank @Size(max = 25) String effectiveOn,
        @NotNull @Valid SourceReference source,
        @NotNull ObjectNode payload,
        @Size(max = 200) String recordedBy) {

    public record SourceReference(@NotBlank @Size(max = 200) String reference,
                                  @Size(max = 500) String section,
                                  @Size(max = 500) String title,
                                  @Size(max = 2000) String url) {
        public Source toSource() {
            return new Source(reference, section, title, url);
        }
    }

    public CommandEnvelope withCommand(String name) {
        return new CommandEnvelope(name, commandId, effectiveOn, source, payload, recordedBy);
    }

    public JsonNode payloadOrEmpty() {
        return payload;
    }
}
