package uk.police.collaboration.ledger.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import uk.police.collaboration.ledger.LedgerApplication;
import uk.police.collaboration.ledger.support.LedgerClient;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Backup and restore as docs/operations.md tells an operator to do it: pg_dump of the embedded
 * database as the owner role, pg_restore into a fresh cluster, the ledger started on the restored
 * database verifies, and the digest exported before the backup matches the restored one.
 * zonky's distribution has no pg_dump, so this uses the machine's PostgreSQL client (14 or later,
 * as pg_dump must be at least the server's version); without one it is skipped, saying why.
 */
class BackupRestoreTest {

    final ObjectMapper mapper = new ObjectMapper();

    @Test
    void aRestoredLedgerVerifiesAndItsDigestMatchesTheOneExportedBefore(@TempDir Path folder) throws Exception {
        Optional<Path> clientBin = postgresClient();
        Assumptions.assumeTrue(clientBin.isPresent(),
                "skipped: no pg_dump/pg_restore of PostgreSQL 14 or later under /usr/lib/postgresql/*/bin (install postgresql-client)");
        Path original = folder.resolve("original/postgres");
        Path dump = folder.resolve("ledger.dump");
        Path exportedDigest = folder.resolve("digest.json");

        JsonNode digest;
        try (ConfigurableApplicationContext ledger = new SpringApplication(LedgerApplication.class).run(
                "--ledger.database.data-directory=" + original, "--ledger.demo-data.load=true",
                "--ledger.integrity.scheduled-digests=false",
                "--server.port=0", "--server.address=127.0.0.1", "--logging.level.root=warn")) {
            LedgerClient auditor = new LedgerClient(((ServletWebServerApplicationContext) ledger).getWebServer().getPort())
                    .as("auditor", "demo-auditor");
            awaitEverythingSealed(auditor);
            assertThat(auditor.post("/api/integrity/digests", "application/json", "").status()).isEqualTo(201);
            LedgerClient.Response latest = auditor.get("/api/integrity/digests/latest");
            Files.writeString(exportedDigest, latest.body());
            digest = latest.json();

            EmbeddedPostgresServer server = ledger.getBean(EmbeddedPostgresServer.class);
            run(server.credentials().ownerPassword(), clientBin.get().resolve("pg_dump").toString(), "-h", "localhost",
                    "-p", Integer.toString(server.port()), "-U", EmbeddedCredentials.OWNER, "-Fc", "-f", dump.toString(),
                    EmbeddedPostgresServer.DATABASE);
        }

        // As operations.md says: one run of the ledger on an empty folder makes the cluster, its roles and the schema;
        // pg_restore --clean then replaces the schema's content with the backup's.
        Path restored = folder.resolve("restored/postgres");
        Map<String, Object> restoredLedger = Map.of("ledger.database.data-directory", restored.toString(), "logging.level.root", "warn");
        assertThat(LedgerApplication.runCommandLine(new String[]{"verify"}, restoredLedger)).as("an empty ledger verifies").isZero();
        try (EmbeddedPostgresServer fresh = EmbeddedPostgresServer.start(restored, "localhost", false)) {
            run(fresh.credentials().ownerPassword(), clientBin.get().resolve("pg_restore").toString(), "-h", "localhost",
                    "-p", Integer.toString(fresh.port()), "-U", EmbeddedCredentials.OWNER, "--no-owner", "--clean", "--if-exists",
                    "--exit-on-error", "-d", EmbeddedPostgresServer.DATABASE, dump.toString());
            try (Connection app = DriverManager.getConnection(fresh.jdbcUrl(), EmbeddedCredentials.APPLICATION,
                    fresh.credentials().applicationPassword());
                 ResultSet row = app.createStatement().executeQuery(
                         "SELECT id, global_position, event_count, stream_count, root_hash, signature FROM ledger_digest ORDER BY id DESC LIMIT 1")) {
                assertThat(row.next()).as("the restored ledger holds the digest").isTrue();
                assertThat(row.getLong("id")).isEqualTo(digest.get("id").asLong());
                assertThat(row.getLong("global_position")).isEqualTo(digest.get("globalPosition").asLong());
                assertThat(row.getLong("event_count")).isEqualTo(digest.get("eventCount").asLong());
                assertThat(row.getLong("stream_count")).isEqualTo(digest.get("streamCount").asLong());
                assertThat(row.getString("root_hash")).isEqualToIgnoringCase(digest.get("rootHash").asText());
                assertThat(row.getString("signature")).isEqualToIgnoringCase(digest.get("signature").asText());
            }
        }

        assertThat(LedgerApplication.runCommandLine(new String[]{"verify", "--digest", exportedDigest.toString()}, restoredLedger))
                .as("the restored ledger verifies against the digest exported before the backup").isZero();
        assertThat(LedgerApplication.runCommandLine(new String[]{"verify"}, restoredLedger))
                .as("and against its own latest digest").isZero();
    }

    private void awaitEverythingSealed(LedgerClient auditor) throws InterruptedException {
        for (int attempt = 0; attempt < 120; attempt++) {
            JsonNode report = auditor.get("/api/integrity/verify").json();
            if (report.path("eventsAwaitingSeal").asLong() == 0 && report.path("eventsVerified").asLong() > 0) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("events were not sealed within 30 s");
    }

    /** The newest /usr/lib/postgresql/N/bin holding pg_dump and pg_restore, N at least 14 (the embedded server's). */
    static Optional<Path> postgresClient() throws IOException {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.filter(v -> v.getFileName().toString().matches("\\d+") && Integer.parseInt(v.getFileName().toString()) >= 14)
                    .map(v -> v.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("pg_dump")) && Files.isExecutable(bin.resolve("pg_restore")))
                    .max(Comparator.comparingInt(bin -> Integer.parseInt(bin.getParent().getFileName().toString())));
        }
    }

    private static void run(String password, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", password);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("%s finished", command[0]).isTrue();
        assertThat(process.exitValue()).as("%s: %s", String.join(" ", command), output).isZero();
    }
}
