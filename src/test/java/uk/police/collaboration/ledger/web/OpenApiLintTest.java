package uk.police.collaboration.ledger.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.police.collaboration.ledger.support.LedgerClient;
import uk.police.collaboration.ledger.support.LedgerIntegrationTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document as the application serves it, linted by Redocly CLI with its recommended
 * rules (installed by the build's npm from openapi-lint/package-lock.json; runs offline): no error,
 * no warning. The problems found are printed, so a failure says what to fix.
 */
@LedgerIntegrationTest
class OpenApiLintTest {

    private static final Path LINT = Path.of("openapi-lint").toAbsolutePath();

    @LocalServerPort
    int port;

    @Test
    void theDocumentPassesRedoclysRecommendedRules() throws Exception {
        Path redocly = LINT.resolve("node_modules/.bin/redocly");
        assertThat(redocly).as("Redocly CLI, installed by the build (npm ci in openapi-lint/)").exists();
        Path document = Path.of("target", "openapi", "ledger-api.json").toAbsolutePath();
        Files.createDirectories(document.getParent());
        Files.writeString(document, new LedgerClient(port).get("/v3/api-docs").body());

        Path report = document.resolveSibling("lint-report.json");
        ProcessBuilder lint = new ProcessBuilder(redocly.toString(), "lint", document.toString(), "--format=json",
                "--config", LINT.resolve("redocly.yaml").toString())
                .directory(LINT.toFile()).redirectOutput(report.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
        lint.environment().put("REDOCLY_TELEMETRY", "off");
        lint.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
        Process process = lint.start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("the linter finished").isTrue();

        JsonNode problems = new ObjectMapper().readTree(report.toFile()).path("problems");
        List<String> found = new ArrayList<>();
        for (JsonNode problem : problems) {
            found.add(problem.path("severity").asText() + " " + problem.path("ruleId").asText() + " at "
                    + problem.path("location").path(0).path("pointer").asText() + ": " + problem.path("message").asText());
        }
        found.forEach(System.out::println);
        System.out.println("OpenAPI lint (Redocly recommended): " + found.size() + " problems");
        assertThat(found).as("Redocly lint problems").isEmpty();
    }
}
