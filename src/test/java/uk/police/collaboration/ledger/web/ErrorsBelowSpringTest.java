package uk.police.collaboration.ledger.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.police.collaboration.ledger.support.LedgerIntegrationTest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests Tomcat refuses before Spring sees them, and the error address itself, answer as the
 * rest of the ledger does: problem+json with a code and the security headers, never an HTML page
 * or Spring Boot's {"status": 999}. Sent over a plain socket so that no client tidies the address.
 */
@LedgerIntegrationTest
class ErrorsBelowSpringTest {

    private static final Map<String, String> SECURITY_HEADERS = Map.of(
            "x-content-type-options", "nosniff",
            "x-frame-options", "DENY",
            "referrer-policy", "no-referrer",
            "content-security-policy", "default-src 'self'; frame-ancestors 'none'",
            "cache-control", "no-cache, no-store, max-age=0, must-revalidate");

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "GET {0}")
    @ValueSource(strings = {"/api/collaborations/a%2Fb", "/api/collaborations/a%00b", "/api/registers/%2e%2e%2f%2e%2e%2fetc",
            "/api/collaborations/a%5Cb", "/x%2Fy", "/api/collaborations/%ZZ"})
    void malformedAddressesAreProblemsWithTheSecurityHeaders(String path) throws IOException {
        Answer answer = get(path);

        assertThat(answer.status).as(answer.toString()).isBetween(400, 404);
        assertProblem(answer);
        assertThat(answer.body).doesNotContain("<html").doesNotContain("Tomcat");
    }

    @ParameterizedTest(name = "GET {0}")
    @ValueSource(strings = {"/api/collaborations/a{b", "/api/collaborations/a\"b"})
    void charactersTomcatRefusesInAnAddressAreProblemsToo(String path) throws IOException {
        Answer answer = get(path);

        assertThat(answer.status).as(answer.toString()).isEqualTo(400);
        assertProblem(answer);
    }

    @Test
    void headersTooLargeForTomcatAreAProblem() throws IOException {
        Answer answer = raw("GET /api/registers/agreements HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: " + "x".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n");

        assertThat(answer.status).as(answer.toString()).isBetween(400, 431);
        assertProblem(answer);
    }

    @Test
    void theErrorAddressAskedForDirectlyIsNotFoundNot999() throws IOException {
        Answer answer = get("/error");

        assertThat(answer.status).as(answer.toString()).isEqualTo(404);
        assertProblem(answer);
        assertThat(json(answer.body).path("code").asText()).isEqualTo("NOT_FOUND");
        assertThat(answer.body).doesNotContain("999");
    }

    @Test
    void aSecurityHeaderOnAnOrdinaryAnswerIsTheSameOnTomcatsAnswer() throws IOException {
        Answer ordinary = get("/api/registers/agreements");
        Answer tomcat = get("/api/collaborations/a%2Fb");
        for (String header : SECURITY_HEADERS.keySet()) {
            assertThat(tomcat.headers.get(header)).as(header).isEqualTo(ordinary.headers.get(header));
        }
    }

    private void assertProblem(Answer answer) {
        assertThat(answer.headers.get("content-type")).as(answer.toString()).startsWith("application/problem+json");
        SECURITY_HEADERS.forEach((name, value) -> assertThat(answer.headers.get(name)).as(name).isEqualTo(value));
        JsonNode problem = json(answer.body);
        assertThat(problem.path("status").asInt()).isEqualTo(answer.status);
        assertThat(problem.path("code").asText()).isNotBlank();
    }

    private Answer get(String path) throws IOException {
        return raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\nConnection: close\r\n\r\n");
    }

    private Answer raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            return Answer.parse(all.toString(StandardCharsets.UTF_8));
        }
    }

    private static JsonNode json(String body) {
        try {
            return new ObjectMapper().readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    private record Answer(int status, Map<String, String> headers, String body) {
        static Answer parse(String raw) {
            int end = raw.indexOf("\r\n\r\n");
            String[] head = raw.substring(0, end).split("\r\n");
            Map<String, String> headers = new TreeMap<>();
            for (int i = 1; i < head.length; i++) {
                int colon = head[i].indexOf(':');
                headers.put(head[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), head[i].substring(colon + 1).trim());
            }
            String body = raw.substring(end + 4);
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                body = unchunk(body);
            }
            return new Answer(Integer.parseInt(head[0].split(" ")[1]), headers, body);
        }

        private static String unchunk(String body) {
            StringBuilder text = new StringBuilder();
            int at = 0;
            while (true) {
                int lineEnd = body.indexOf("\r\n", at);
                int size = Integer.parseInt(body.substring(at, lineEnd).trim(), 16);
                if (size == 0) {
                    return text.toString();
                }
                text.append(body, lineEnd + 2, lineEnd + 2 + size);
                at = lineEnd + 2 + size + 2;
            }
        }
    }
}
