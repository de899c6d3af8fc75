package uk.police.collaboration.ledger.access;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in throttling with its real allowances (5 failures per user name, 20 per client address,
 * per minute) and the session cookie's attributes. Each test signs in from its own client address,
 * given as X-Forwarded-For by a proxy on loopback as a TLS-terminating proxy would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.address=127.0.0.1", "ledger.demo-data.load=false",
        "ledger.sign-in.failures-per-user=5", "ledger.sign-in.failures-per-address=20", "ledger.sign-in.period=PT1M"})
@ActiveProfiles("test")
class SignInThrottleTest {

    @LocalServerPort
    int port;
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void wrongPasswordsInARowThenTheRightOneIsRefusedUntilThePeriodEnds() throws Exception {
        String client = "203.0.113.10";
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(signIn("board", "wrong-" + attempt, client).statusCode()).as("attempt %d", attempt).isEqualTo(401);
        }
        HttpResponse<String> refused = signIn("board", "wrong-6", client);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
                assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
        assertThat(refused.body()).contains("\"code\":\"SIGN_IN_THROTTLED\"");

        assertThat(signIn("board", "demo-board", client).statusCode()).as("the right password, too late").isEqualTo(429);
        assertThat(signIn("board", "demo-board", "203.0.113.11").statusCode()).as("the user name is throttled from anywhere").isEqualTo(429);
        assertThat(signIn("auditor", "demo-auditor", client).statusCode()).as("another user from the same address").isEqualTo(200);
    }

    @Test
    void manyUserNamesFromOneAddressAreRefusedAfterTheAddressAllowance() throws Exception {
        String client = "203.0.113.20";
        for (int attempt = 1; attempt <= 20; attempt++) {
            assertThat(signIn("guess-" + attempt, "wrong", client).statusCode()).as("attempt %d", attempt).isEqualTo(401);
        }
        assertThat(signIn("secretariat", "demo-secretariat", client).statusCode()).as("a real user from the throttled address").isEqualTo(429);
        assertThat(signIn("secretariat", "demo-secretariat", "203.0.113.21").statusCode()).as("the same user from elsewhere").isEqualTo(200);
    }

    @Test
    void theSessionCookieIsSameSiteLaxAndSecureOnlyBehindTls() throws Exception {
        String plain = sessionCookie(get("/login", "203.0.113.30", false));
        assertThat(plain).contains("SameSite=Lax").contains("HttpOnly").doesNotContain("Secure");

        String behindTls = sessionCookie(get("/login", "203.0.113.30", true));
        assertThat(behindTls).contains("SameSite=Lax").contains("HttpOnly").contains("Secure");
    }

    private HttpResponse<String> signIn(String user, String password, String clientAddress) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/collaborations"))
                .header("Authorization", "Basic " + basic).header("X-Forwarded-For", clientAddress).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String clientAddress, boolean https) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("X-Forwarded-For", clientAddress);
        if (https) {
            request.header("X-Forwarded-Proto", "https");
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie; status " + response.statusCode()));
    }
}
