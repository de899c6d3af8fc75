package uk.police.collaboration.ledger.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

/** A plain HTTP client for acceptance tests: what a real caller sends, over loopback. */
public final class LedgerClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper mapper = new ObjectMapper();
    private final String base;
    private final String authorization;

    public LedgerClient(int port) {
        this("http://127.0.0.1:" + port, null);
    }

    private LedgerClient(String base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    /** The same client, authenticating every request as this user (HTTP Basic). */
    public LedgerClient as(String user, String password) {
        return new LedgerClient(base, "Basic " + java.util.Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** A client signed in as one of the demo users ("demo-" + role is its password); null: anonymous. */
    public static LedgerClient demo(int port, String role) {
        LedgerClient anonymous = new LedgerClient(port);
        return role == null ? anonymous : anonymous.as(role, "demo-" + role);
    }

    /** Submits the command as the secretariat and insists it is recorded (201) or replayed (200); its command id. */
    public static String recorded(int port, String command, String effectiveOn, String payloadJson) {
        String commandId = newId("cmd");
        Response answer = demo(port, "secretariat").command(command, commandId, effectiveOn, payloadJson);
        org.assertj.core.api.Assertions.assertThat(answer.status()).as(command + " " + answer).isIn(200, 201);
        return commandId;
    }

    public static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public Response post(String path, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return send(request);
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** Submits a command: the envelope fields plus a JSON payload. */
    public Response command(String name, String commandId, String effectiveOn, String payloadJson) {
        String body = "{\"commandId\":\"" + commandId + "\",\"effectiveOn\":\"" + effectiveOn + "\","
                + "\"source\":{\"reference\":\"TEST/1\",\"section\":\"1\",\"title\":\"Acceptance test\"},"
                + "\"payload\":" + payloadJson + "}";
        return post("/api/commands/" + name, "application/json", body);
    }

    private Response send(HttpRequest.Builder request) {
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), mapper);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Response(int status, String contentType, String body, ObjectMapper mapper) {
        public JsonNode json() {
            try {
                return mapper.readTree(body);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }
}
