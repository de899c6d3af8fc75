package uk.police.collaboration.ledger.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * HTTP over loopback for the fault suite: every request has a deadline, so a ledger that hangs
 * shows up as an unanswered request (status 0) rather than a test that hangs.
 */
public final class FaultClient {

    public record Answer(int status, String body, Optional<String> retryAfter) {
        public boolean unanswered() {
            return status == 0;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final Duration deadline;

    public FaultClient(int port, Duration deadline) {
        this.base = "http://127.0.0.1:" + port;
        this.deadline = deadline;
    }

    public Answer get(String path, String user) {
        return send(request(path, user).GET());
    }

    public Answer command(String name, String commandId, String payloadJson) {
        String body = "{\"commandId\":\"" + commandId + "\",\"effectiveOn\":\"2018-02-19\","
                + "\"source\":{\"reference\":\"FAULTS/1\",\"section\":\"1\",\"title\":\"Fault suite\"},\"payload\":" + payloadJson + "}";
        return send(request("/api/commands/" + name, "secretariat").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public static String programme(String id) {
        return "{\"collaborationId\":\"" + id + "\",\"title\":\"Fault programme " + id + "\",\"scope\":\"Fault suite\","
                + "\"parties\":[{\"partyId\":\"glos\",\"name\":\"Gloucestershire Constabulary\",\"kind\":\"FORCE\",\"corporationSole\":false}]}";
    }

    private HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(deadline);
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":demo-" + user).getBytes(StandardCharsets.UTF_8)));
        }
        return request;
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), response.headers().firstValue("Retry-After"));
        } catch (HttpTimeoutException | java.net.ConnectException e) {
            return new Answer(0, e.toString(), Optional.empty());
        } catch (IOException e) {
            return new Answer(0, e.toString(), Optional.empty());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, e.toString(), Optional.empty());
        }
    }
}
