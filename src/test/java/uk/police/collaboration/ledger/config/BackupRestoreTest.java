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
 * Backup and restore as docs/operations.md tells an operator to do it — a cold copy of the stopped
 * ledger's folder, and pg_dump of the embedded database as the owner role restored with
 * pg_restore into a fresh cluster — and each restored ledger verifies against the digest exported
 * before the backup and holds the identical digest. zonky's distribution has no pg_dump, so the
 * second part uses the machine's PostgreSQL client, which must be at least the server's major
 * version; without one that part is skipped, saying why.
 */
class BackupRestoreTest {

    final ObjectMapper mapper = new ObjectMapper();

    @Test
    void aRestoredLedgerVerifiesAndItsDigestMatchesTheOneExportedBefore(@TempDir Path folder) throws Exception {
        Path original = folder.resolve("original/postgres");
        Path exportedDigest = folder.resolve("digest.json");
        JsonNode digest = sealedLedgerWithAnExportedDigest(original, exportedDigest);

        // 1. A cold copy of the stopped ledger's folder (operations.md: "stop the ledger and copy the data folder").
        Path copy = folder.resolve("copy/postgres");
        Files.createDirectories(copy.getParent());
        run("", "cp", "-a", original.toString(), copy.toString());   // -a keeps the folder's 0700 that PostgreSQL insists on
        assertRestoredLedgerMatches(copy, digest, exportedDigest);

        // 2. pg_dump / pg_restore, with a client at least as new as the server.
        int serverMajor = Integer.parseInt(Files.readString(original.resolve("PG_VERSION")).strip());
        Optional<Path> clientBin = postgresClient(serverMajor);
        if (clientBin.isEmpty()) {
            System.out.println("BackupRestoreTest: pg_dump/pg_restore part skipped: no PostgreSQL client of major version "
                    + serverMajor + " or later under /usr/lib/postgresql/*/bin (zonky ships none; install postgresql-client-"
                    + serverMajor + "); the cold copy was restored and verified");
        }
        Assumptions.assumeTrue(clientBin.isPresent(), "no pg_dump of PostgreSQL " + serverMajor + " or later on this machine");
        Path dump = folder.resolve("ledger.dump");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(original, "localhost", false)) {
            run(server.credentials().ownerPassword(), clientBin.get().resolve("pg_dump").toString(), "-h", "localhost",
                    "-p", Integer.toString(server.port()), "-U", EmbeddedCredentials.OWNER, "-Fc", "-f", dump.toString(),
                    EmbeddedPostgresServer.DATABASE);
        }
        // As operations.md says: one run of the ledger on an empty folder makes the cluster, its roles and the schema;
        // pg_restore --clean then replaces the schema's content with the backup's.
        Path restored = folder.resolve("restored/postgres");
        assertThat(LedgerApplication.runCommandLine(new String[]{"verify"}, ownDatabase(restored))).as("an empty ledger verifies").isZero();
        try (EmbeddedPostgresServer fresh = EmbeddedPostgresServer.start(restored, "localhost", false)) {
            run(fresh.credentials().ownerPassword(), clientBin.get().resolve("pg_restore").toString(), "-h", "localhost",
                    "-p", Integer.toString(fresh.port()), "-U", EmbeddedCredentials.OWNER, "--no-owner", "--clean", "--if-exists",
                    "--exit-on-error", "-d", EmbeddedPostgresServer.DATABASE, dump.toString());
        }
        assertRestoredLedgerMatches(restored, digest, exportedDigest);
    }

    /** The demo ledger, every event sealed, a digest taken and exported; stopped afterwards. */
    private JsonNode sealedLedgerWithAnExportedDigest(Path data, Path exportedDigest) throws Exception {
        try (ConfigurableApplicationContext ledger = new SpringApplication(LedgerApplication.class).run(
                "--ledger.database.data-directory=" + data, "--ledger.demo-data.load=true",
                "--ledger.integrity.scheduled-digests=false",
                "--server.port=0", "--server.address=127.0.0.1", "--logging.level.root=warn", "--logging.level.uk.police.collaboration.ledger=info")) {
            LedgerClient auditor = new LedgerClient(((ServletWebServerApplicationContext) ledger).getWebServer().getPort())
                    .as("auditor", "demo-auditor");
            awaitEverythingSealed(auditor);
            assertThat(auditor.post("/api/integrity/digests", "application/json", "").status()).isEqualTo(201);
            LedgerClient.Response latest = auditor.get("/api/integrity/digests/latest");
            Files.writeString(exportedDigest, latest.body());
            return latest.json();
        }
    }

    /** The restored ledger holds the identical digest and verifies against the one exported before the backup. */
    private void assertRestoredLedgerMatches(Path data, JsonNode digest, Path exportedDigest) throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, "localhost", false);
             Connection app = DriverManager.getConnection(server.jdbcUrl(), EmbeddedCredentials.APPLICATION,
                     server.credentials().applicationPassword());
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
        assertThat(LedgerApplication.runCommandLine(new String[]{"verify", "--digest", exportedDigest.toString()}, ownDatabase(data)))
                .as("the restored ledger verifies against the digest exported before the backup").isZero();
    }

    private static Map<String, Object> ownDatabase(Path data) {
        // The test profile's levels: this run re-applies its own to the JVM's one logging system.
        return Map.of("ledger.database.data-directory", data.toString(), "logging.level.root", "warn",
                "logging.level.uk.police.collaboration.ledger", "info");
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

    /** The newest /usr/lib/postgresql/N/bin holding pg_dump and pg_restore, N at least the server's major version. */
    static Optional<Path> postgresClient(int serverMajor) throws IOException {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.filter(v -> v.getFileName().toString().matches("\\d+") && Integer.parseInt(v.getFileName().toString()) >= serverMajor)
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
