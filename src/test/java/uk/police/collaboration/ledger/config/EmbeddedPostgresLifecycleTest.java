package uk.police.collaboration.ledger.config;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.police.collaboration.ledger.faults.PostgresProcess;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded PostgreSQL's own lifecycle, without the rest of the ledger: a server left running
 * by a ledger that died (kill -9 leaves it detached) is stopped and the folder started cleanly;
 * a folder still in use by a live ledger is refused; a folder made before the roles existed (trust,
 * superuser's tables) is converted; a throw-away folder is deleted on stop.
 */
class EmbeddedPostgresLifecycleTest {

    @Test
    void aServerLeftRunningByADeadLedgerIsStoppedAndTheFolderStartsCleanly(@TempDir Path folder) throws Exception {
        Path data = folder.resolve("postgres");
        EmbeddedPostgresServer.start(data, "localhost", false).close();
        PostgresProcess postgres = new PostgresProcess(data);
        postgres.restart();   // as the crashed ledger's server: running, with nobody holding the folder
        ProcessHandle orphan = postgres.postmaster().orElseThrow();

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, "localhost", false)) {
            assertThat(orphan.isAlive()).as("the orphaned server was stopped").isFalse();
            assertThat(postgres.postmaster().orElseThrow().pid()).isNotEqualTo(orphan.pid());
            try (Connection app = DriverManager.getConnection(server.jdbcUrl(), EmbeddedCredentials.APPLICATION,
                    server.credentials().applicationPassword())) {
                assertThat(app.isValid(2)).isTrue();
            }
        }
        assertThat(postgres.postmaster()).as("stopped with its ledger").isEmpty();
    }

    @Test
    void aFolderInUseByARunningLedgerIsRefused(@TempDir Path folder) throws Exception {
        Path data = folder.resolve("postgres");
        try (EmbeddedPostgresServer running = EmbeddedPostgresServer.start(data, "localhost", false)) {
            assertThatThrownBy(() -> EmbeddedPostgresServer.start(data, "localhost", false))
                    .hasMessageContaining("Another running ledger uses the database folder");
            assertThat(new PostgresProcess(data).postmaster()).as("the running server is left alone").isPresent();
        }
    }

    @Test
    void aFolderMadeBeforeTheRolesExistedIsConvertedToPasswordsAndAnOwner(@TempDir Path folder) throws Exception {
        Path data = folder.resolve("postgres");
        // As the earlier ledger made it: zonky's defaults (trust for every local connection), tables the superuser's.
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false).start();
             Connection superuser = old.getPostgresDatabase().getConnection()) {
            superuser.createStatement().execute("CREATE TABLE command_log (command_id VARCHAR(200) PRIMARY KEY)");
        }

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, "localhost", false);
             Connection app = DriverManager.getConnection(server.jdbcUrl(), EmbeddedCredentials.APPLICATION,
                     server.credentials().applicationPassword());
             var owner = app.createStatement().executeQuery("SELECT tableowner FROM pg_tables WHERE tablename = 'command_log'")) {
            assertThat(owner.next()).isTrue();
            assertThat(owner.getString(1)).isEqualTo(EmbeddedCredentials.OWNER);
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), EmbeddedCredentials.APPLICATION, "wrong").close())
                    .hasMessageContaining("password authentication failed");
        }
        assertThat(Files.readString(data.resolve("pg_hba.conf"))).doesNotContain("trust");
    }

    @Test
    void aThrowAwayFolderIsDeletedWhenTheServerStops(@TempDir Path folder) throws Exception {
        Path data = folder.resolve("run").resolve("postgres");
        EmbeddedPostgresServer.start(data, "localhost", true).close();
        assertThat(Files.exists(folder.resolve("run"))).isFalse();
    }
}
