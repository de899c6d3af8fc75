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

    @Test
    void aClientGeneratorFindsSignInRefusalsAndTypedParameters() {
        JsonNode document = new LedgerClient(port).get("/v3/api-docs").json();
        assertThat(document.at("/info/title").asText()).isEqualTo("Collaboration Programme Ledger API");
        assertThat(document.at("/info/license/name").asText()).isNotBlank();
        assertThat(document.at("/info/contact/email").asText()).contains("@");
        assertThat(document.at("/components/securitySchemes/demoBasic/scheme").asText()).isEqualTo("basic");
        assertThat(document.at("/components/securitySchemes/oidcBearer/bearerFormat").asText()).isEqualTo("JWT");
        assertThat(document.at("/components/schemas/Problem/required").toString()).contains("code", "fields");

        JsonNode raiseRisk = document.at("/paths/~1api~1commands~1RaiseRisk/post");
        assertThat(raiseRisk.at("/responses/422/content/application~1problem+json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(raiseRisk.at("/responses/201/content/application~1json/schema/$ref").asText()).endsWith("/Accepted");
        assertThat(document.at("/components/schemas/RaiseRisk/properties/riskId/minLength").asInt()).as("@NotBlank").isEqualTo(1);

        JsonNode timeline = document.at("/paths/~1api~1collaborations~1{id}~1timeline/get");
        for (JsonNode parameter : timeline.path("parameters")) {
            String name = parameter.path("name").asText();
            if (name.equals("page") || name.equals("size")) {
                assertThat(parameter.at("/schema/type").asText()).as(name).isEqualTo("integer");
            }
        }
        JsonNode programme = document.at("/paths/~1api~1collaborations~1{id}/get");
        assertThat(programme.path("parameters").findValuesAsText("name")).contains("asOf");
        for (JsonNode parameter : programme.path("parameters")) {
            if (parameter.path("name").asText().equals("asOf")) {
                assertThat(parameter.at("/schema/format").asText()).isEqualTo("date");
            }
        }
        assertThat(programme.at("/responses/404").isMissingNode()).isFalse();
        assertThat(programme.at("/responses/401").isMissingNode()).isFalse();
        assertThat(document.at("/paths/~1api~1journal/post/requestBody/content/application~1x-ndjson").isMissingNode()).isFalse();
        assertThat(document.at("/paths/~1api~1registers~1agreements/get/security").size()).as("the public register").isZero();
    }
}
