package uk.police.collaboration.ledger.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.police.collaboration.ledger.intake.CommandCatalogue;
import uk.police.collaboration.ledger.support.LedgerClient;
import uk.police.collaboration.ledger.support.LedgerIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document at /v3/api-docs documents each command as its own operation. */
@LedgerIntegrationTest
class OpenApiDocumentTest {

    @LocalServerPort
    int port;
    @Autowired
    CommandCatalogue catalogue;

    @Test
    void everyCommandHasAnOperationWithItsPayloadSchema() {
        JsonNode document = new LedgerClient(port).get("/v3/api-docs").json();
        JsonNode paths = document.get("paths");

        for (String command : catalogue.all().keySet()) {
            JsonNode operation = paths.path("/api/commands/" + command).path("post");
            assertThat(operation.isMissingNode()).as("operation for %s", command).isFalse();
            JsonNode envelope = operation.path("requestBody").path("content").path("application/json").path("schema");
            assertThat(envelope.path("properties").has("payload")).as("payload schema of %s", command).isTrue();
        }
        assertThat(paths.has("/api/journal")).isTrue();
    }
}
