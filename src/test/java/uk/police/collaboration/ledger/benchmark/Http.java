package uk.police.collaboration.ledger.benchmark;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** The benchmark's HTTP caller: one client, many connections, a fixed Authorization header per call. */
final class Http {

    /** How a streamed answer arrived: status, time to the first byte and to the last, bytes. */
    record Download(int status, double firstByteMillis, double lastByteMillis, long bytes) {
    }

    private final HttpClient client;
    private final String base;

    Http(int port) {
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        this.base = "http://127.0.0.1:" + port;
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    int post(String path, String authorization, String json) {
        try {
            HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Authorization", authorization).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    Download download(String path, String authorization) {
        try {
            long start = System.nanoTime();
            HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Authorization", authorization).timeout(Duration.ofSeconds(120)).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            long bytes = 0;
            long first = -1;
            byte[] buffer = new byte[8192];
            try (InputStream body = response.body()) {
                for (int read; (read = body.read(buffer)) >= 0; ) {
                    if (first < 0 && read > 0) {
                        first = System.nanoTime();
                    }
                    bytes += read;
                }
            }
            long last = System.nanoTime();
            return new Download(response.statusCode(), ((first < 0 ? last : first) - start) / 1e6, (last - start) / 1e6, bytes);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
