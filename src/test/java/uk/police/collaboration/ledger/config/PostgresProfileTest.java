package uk.police.collaboration.ledger.config;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import uk.police.collaboration.ledger.LedgerApplication;
import uk.police.collaboration.ledger.support.LedgerClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The `postgres` profile as an operator runs it: a PostgreSQL the ledger did not start (here one
 * started by the test, on loopback), a key file, an OIDC issuer and no demo users. Flyway builds the
 * schema, the public register answers, and writing without a token is refused.
 */
class PostgresProfileTest {

    @Test
    void theLedgerRunsOnAnExternalPostgresWithAKeyFileAndNoDemoUsers(@TempDir Path folder) throws Exception {
        Path keyFile = folder.resolve("ledger.key");
        Files.writeString(keyFile, Base64.getEncoder().encodeToString("a key for this test only, 32+ bytes long".getBytes()));
        // An Ed25519 PKCS#8 key (as openssl genpkey writes it) to sign checkpoints: the demo key is refused here.
        Path signingKey = folder.resolve("signing.pem");
        Files.writeString(signingKey, "-----BEGIN PRIVATE KEY-----\n" + Base64.getEncoder().encodeToString(java.util.HexFormat.of()
                .parseHex("302e020100300506032b657004220420" + "42".repeat(32))) + "\n-----END PRIVATE KEY-----\n");
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().setDataDirectory(folder.resolve("pg")).start()) {
            SpringApplication application = new SpringApplication(LedgerApplication.class);
            application.setAdditionalProfiles("postgres");
            try (ConfigurableApplicationContext context = application.run(
                    "--spring.datasource.url=" + external.getJdbcUrl("postgres", "postgres"),
                    "--spring.datasource.username=postgres", "--spring.datasource.password=",
                    "--ledger.integrity.key-file=" + keyFile, "--ledger.integrity.signing-key-file=" + signingKey,
                    "--spring.security.oauth2.resourceserver.jwt.issuer-uri=https://issuer.invalid/realms/ledger",
                    "--server.port=0", "--server.address=127.0.0.1", "--logging.level.root=warn")) {
                int port = ((ServletWebServerApplicationContext) context).getWebServer().getPort();
                LedgerClient anonymous = new LedgerClient(port);

                assertThat(anonymous.get("/api/registers/agreements").status()).isEqualTo(200);
                assertThat(anonymous.command("RaiseRisk", "cmd-1", "2018-03-22", "{}").status()).isEqualTo(401);
                assertThat(new LedgerClient(port).as("secretariat", "demo-secretariat")
                        .command("RaiseRisk", "cmd-2", "2018-03-22", "{}").status())
                        .as("no demo users in this profile").isEqualTo(401);
            }
        }
    }
}
