package uk.police.collaboration.ledger.config;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import uk.police.collaboration.ledger.LedgerApplication;
import uk.police.collaboration.ledger.support.LedgerClient;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The `axonserver` profile against a real Axon Server, named by the environment variable
 * AXON_SERVER (host:port of its gRPC port, e.g. localhost:8124, as docker-compose.yml publishes it).
 * Without one the test is skipped and says why: the build machine has no Docker engine.
 */
class AxonServerProfileTest {

    static final String VARIABLE = "AXON_SERVER";

    @Test
    void theLedgerRunsWithItsEventsInAxonServer(@TempDir Path folder) throws Exception {
        String server = reachableAxonServer();
        try (EmbeddedPostgres readSide = EmbeddedPostgres.builder().setDataDirectory(folder.resolve("pg")).start()) {
            SpringApplication application = new SpringApplication(LedgerApplication.class);
            application.setAdditionalProfiles("axonserver");
            try (ConfigurableApplicationContext context = application.run(
                    "--axon.axonserver.servers=" + server,
                    "--spring.datasource.url=" + readSide.getJdbcUrl("postgres", "postgres"),
                    "--spring.datasource.username=postgres", "--spring.datasource.password=",
                    "--spring.security.oauth2.resourceserver.jwt.issuer-uri=https://issuer.invalid/realms/ledger",
                    "--ledger.demo-data.load=false",
                    "--server.port=0", "--server.address=127.0.0.1", "--logging.level.root=warn")) {
                int port = ((ServletWebServerApplicationContext) context).getWebServer().getPort();
                LedgerClient anonymous = new LedgerClient(port);

                assertThat(anonymous.get("/actuator/health/readiness").status()).isEqualTo(200);
                assertThat(anonymous.get("/api/registers/agreements").status()).isEqualTo(200);
                assertThat(anonymous.command("RaiseRisk", "cmd-1", "2018-03-22", "{}").status()).isEqualTo(401);
            }
        }
    }

    /** host:port of a reachable Axon Server, or the test is skipped with the reason printed. */
    private static String reachableAxonServer() {
        String server = System.getenv(VARIABLE);
        if (server == null || server.isBlank()) {
            skip(VARIABLE + " is not set (e.g. AXON_SERVER=localhost:8124 with `docker compose up axonserver`)");
        }
        String[] hostAndPort = server.trim().split(":");
        String host = hostAndPort[0];
        int port = hostAndPort.length > 1 ? Integer.parseInt(hostAndPort[1]) : 8124;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2000);
        } catch (IOException e) {
            skip("no Axon Server answers at " + host + ":" + port + " (" + e.getMessage() + ")");
        }
        return host + ":" + port;
    }

    private static void skip(String reason) {
        System.out.println("AxonServerProfileTest skipped: " + reason);
        Assumptions.abort(reason);
    }
}
