package uk.police.collaboration.ledger.access;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** HTTP where the tests need what LedgerClient does not show: response headers, chunked bodies. */
final class RawHttp {

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    RawHttp(int port) {
        this.port = port;
    }

    HttpResponse<String> get(Callers caller, String path) {
        return send(caller, HttpRequest.newBuilder(uri(path)).GET());
    }

    HttpResponse<String> post(Callers caller, String path, String contentType, String body) {
        return send(caller, HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The body without a Content-Length: the server learns its size only by reading it. */
    HttpResponse<String> postChunked(Callers caller, String path, String contentType, byte[] body) {
        return send(caller, HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> send(Callers caller, HttpRequest.Builder request) {
        if (caller.basicAuthorization() != null) {
            request.header("Authorization", caller.basicAuthorization());
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
