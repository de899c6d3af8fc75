package uk.police.collaboration.ledger.access;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.police.collaboration.ledger.support.LedgerIntegrationTest;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every answer carries the security headers, refusals included. */
@LedgerIntegrationTest
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    @Test
    void everyKindOfAnswerCarriesTheSecurityHeaders() {
        RawHttp http = new RawHttp(port);
        List<HttpResponse<String>> answers = List.of(
                http.post(Callers.SECRETARIAT, "/api/journal", "application/x-ndjson", ""),                 // 200
                http.post(Callers.SECRETARIAT, "/api/commands/RegisterCollaboration", "application/json", "{}"), // 400
                http.post(Callers.ANONYMOUS, "/api/commands/RegisterCollaboration", "application/json", "{}"),   // 401
                http.post(Callers.BOARD, "/api/commands/RegisterCollaboration", "application/json", "{}"),       // 403
                http.get(Callers.ANONYMOUS, "/v3/api-docs"),                                                     // 200
                http.get(Callers.ANONYMOUS, "/actuator/health"));                                                // 200

        assertThat(answers).extracting(HttpResponse::statusCode).containsExactly(200, 400, 401, 403, 200, 200);
        for (HttpResponse<String> answer : answers) {
            String which = answer.request().method() + " " + answer.uri().getPath() + " " + answer.statusCode();
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(which).contains("nosniff");
            assertThat(answer.headers().firstValue("Content-Security-Policy").orElse("")).as(which)
                    .contains("default-src 'self'").contains("frame-ancestors 'none'");
            assertThat(answer.headers().firstValue("Referrer-Policy")).as(which).contains("no-referrer");
            assertThat(answer.headers().firstValue("X-Frame-Options")).as(which).contains("DENY");
            if (answer.uri().getPath().startsWith("/api/")) {
                assertThat(answer.headers().firstValue("Cache-Control").orElse("")).as(which).contains("no-store");
            }
        }
    }

    @Test
    void anAnonymousCallerIsToldHowToSignIn() {
        HttpResponse<String> answer = new RawHttp(port).post(Callers.ANONYMOUS, "/api/journal", "application/x-ndjson", "");

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Basic");
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"code\":\"NOT_AUTHENTICATED\"");
    }

    @Test
    void aWrongPasswordIsRefusedLikeNoPassword() {
        HttpResponse<String> answer = new RawHttp(port).get(Callers.ANONYMOUS, "/actuator/metrics");
        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(new uk.police.collaboration.ledger.support.LedgerClient(port).as("auditor", "not-the-password")
                .get("/actuator/metrics").status()).isEqualTo(401);
    }
}
