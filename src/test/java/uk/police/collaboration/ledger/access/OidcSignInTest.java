package uk.police.collaboration.ledger.access;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger as the postgres and axonserver profiles run it, signing users in with bearer tokens
 * from an OIDC issuer (demo users off). The issuer is stood in for by a decoder that knows two tokens.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.address=127.0.0.1",
        "ledger.demo-users.enabled=false",
        "ledger.demo-data.load=false",
        "spring.security.oauth2.resourceserver.jwt.issuer-uri=https://issuer.invalid/realms/ledger",
        "ledger.security.roles-claim=realm_access.roles"})
@ActiveProfiles("test")
class OidcSignInTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @TestConfiguration
    static class Issuer {
        @Bean
        JwtDecoder jwtDecoder() {
            return token -> switch (token) {
                case "secretariat-token" -> jwt(token, "j.bloggs", List.of("Secretariat", "offline_access"));
                case "board-token" -> jwt(token, "b.member", List.of("board"));
                default -> throw new BadJwtException("unknown token");
            };
        }

        private static Jwt jwt(String token, String username, List<String> roles) {
            return Jwt.withTokenValue(token).header("alg", "RS256").subject("sub-" + username)
                    .claim("preferred_username", username).claim("realm_access", Map.of("roles", roles))
                    .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(300)).build();
        }
    }

    @Test
    void aSecretariatTokenRecordsAndTheTokensUserIsRecordedBy() {
        String id = "oidc-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> answer = post("secretariat-token", "{\"commandId\":\"" + id + "\",\"effectiveOn\":\"2018-03-01\","
                + "\"source\":{\"reference\":\"TEST/OIDC\"},\"payload\":{\"collaborationId\":\"" + id + "\","
                + "\"title\":\"OIDC\",\"scope\":\"Signed in with a token\",\"parties\":[{\"partyId\":\"kent-police\","
                + "\"name\":\"Kent Police\",\"kind\":\"FORCE\",\"corporationSole\":false}]}}");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        assertThat(jdbc.queryForObject("SELECT recorded_by FROM command_log WHERE command_id = ?", String.class, id))
                .isEqualTo("j.bloggs");
    }

    @Test
    void aBoardTokenMayNotRecord() {
        assertThat(post("board-token", "{}").statusCode()).isEqualTo(403);
    }

    @Test
    void noTokenOrAnUnknownTokenIsNotSignedIn() {
        HttpResponse<String> none = post(null, "{}");
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer");
        assertThat(post("forged-token", "{}").statusCode()).isEqualTo(401);
    }

    @Test
    void basicCredentialsOfTheDemoUsersAreNotAccepted() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/journal"))
                .header("Content-Type", "application/x-ndjson").header("Authorization", Callers.SECRETARIAT.basicAuthorization())
                .POST(HttpRequest.BodyPublishers.ofString("")).build();
        assertThat(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> post(String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/commands/RegisterCollaboration"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
