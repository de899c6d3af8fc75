package uk.police.collaboration.ledger.config;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The embedded PostgreSQL of the default run, as one Spring-managed bean: started before the pool
 * and stopped after it (the pool depends on this bean, so Spring destroys the pool — and everything
 * using it, Axon included — first). zonky's own JVM shutdown hook is switched off: it used to stop
 * the server while Axon was still shutting down on it.
 *
 * <p>On start: an orphaned server left on the folder by a crashed ledger is stopped first; a new
 * cluster is made with scram-sha-256 authentication and a random superuser password (never
 * trust); the owner and application roles are ensured (see {@link EmbeddedRoles}); the server
 * listens on loopback unless {@code ledger.database.listen-addresses} says otherwise.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    static final String DATABASE = "postgres";

    private final Path dataDirectory;
    private final boolean deleteOnStop;
    private final EmbeddedCredentials credentials;
    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(Path dataDirectory, boolean deleteOnStop, EmbeddedCredentials credentials,
                                   EmbeddedPostgres postgres) {
        this.dataDirectory = dataDirectory;
        this.deleteOnStop = deleteOnStop;
        this.credentials = credentials;
        this.postgres = postgres;
    }

    static EmbeddedPostgresServer start(Path dataDirectory, String listenAddresses, boolean deleteOnStop) throws IOException {
        Path directory = dataDirectory.toAbsolutePath();
        Files.createDirectories(directory.getParent());
        StalePostmaster.stopIfOrphaned(directory, 30);

        boolean newCluster = !Files.exists(directory.resolve("PG_VERSION"));
        EmbeddedCredentials known = newCluster ? null : EmbeddedCredentials.readFrom(directory).orElse(null);
        EmbeddedCredentials credentials = known != null ? known : EmbeddedCredentials.generate();
        // initdb reads the superuser password from a file; it may not lie inside the folder it initialises.
        Path passwordFile = directory.resolveSibling(directory.getFileName() + ".initdb-password");

        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                // The embedded server starts with fsync and synchronous commit off (it is meant for
                // tests); a ledger of record must survive a crash, so both are turned back on.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("max_connections", "50")
                .setServerConfig("timezone", "UTC")
                .setServerConfig("listen_addresses", listenAddresses)
                .setServerConfig("password_encryption", "scram-sha-256")
                .setConnectConfig("password", credentials.superuserPassword());
        if (newCluster) {
            credentials.writeSuperuserPasswordFile(passwordFile);
            // Given after zonky's own "-A trust", so these win: no connection is ever trusted.
            builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", passwordFile.toString());
        }
        EmbeddedPostgres postgres;
        try {
            postgres = builder.start();
        } catch (IOException | RuntimeException e) {
            // zonky leaves a server that started but never answered running: stop it, or the next start fails too.
            StalePostmaster.stopIfRunning(directory, 30);
            throw e;
        } finally {
            Files.deleteIfExists(passwordFile);
        }
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(directory, deleteOnStop, credentials, postgres);
        try {
            if (known == null) {
                credentials.writeTo(directory);
            }
            try (Connection superuser = postgres.getPostgresDatabase().getConnection()) {
                EmbeddedRoles.ensure(superuser, credentials, known == null && !newCluster);
            }
            if (known == null && !newCluster) {
                EmbeddedRoles.requirePasswords(directory);
                try (Connection superuser = postgres.getPostgresDatabase().getConnection()) {
                    superuser.createStatement().execute("SELECT pg_reload_conf()");
                }
            }
        } catch (SQLException | IOException | RuntimeException e) {
            server.close();
            if (e instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("Could not prepare the embedded PostgreSQL roles", e);
        }
        log.info("Embedded PostgreSQL serving the ledger from {} on {} port {}", directory, listenAddresses, postgres.getPort());
        return server;
    }

    EmbeddedPostgres postgres() {
        return postgres;
    }

    EmbeddedCredentials credentials() {
        return credentials;
    }

    int port() {
        return postgres.getPort();
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    /** Stops the server (fast shutdown) and, for throw-away runs such as tests, deletes its folder. */
    @Override
    public void close() throws IOException {
        postgres.close();
        if (deleteOnStop) {
            FileSystemUtils.deleteRecursively(dataDirectory);
            Path parent = dataDirectory.getParent();
            try (var rest = Files.list(parent)) {
                if (rest.findAny().isEmpty()) {
                    Files.delete(parent);
                }
            }
            log.debug("Deleted the embedded database folder {}", dataDirectory);
        }
    }
}
