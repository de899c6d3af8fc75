package uk.police.collaboration.ledger.config;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.police.collaboration.ledger.support.LedgerIntegrationTest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The ledger runs as an application role that owns nothing and is no superuser, so that nobody
 * holding its connection can switch the append-only triggers off; the owner role (Flyway's) owns
 * the tables and their triggers; every connection needs a scram-sha-256 password; the server
 * listens on loopback only.
 */
@LedgerIntegrationTest
class LeastPrivilegeTest {

    static final List<String> APPEND_ONLY = List.of("domainevententry", "event_seal", "ledger_digest", "ledger_digest_entry");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EmbeddedPostgres postgres;
    @Autowired
    EmbeddedPostgresServer server;

    @Test
    void theLedgerConnectsAsAnApplicationRoleThatIsNoSuperuserAndOwnsNothing() {
        assertThat(jdbc.queryForObject("SELECT current_user", String.class)).isEqualTo(EmbeddedCredentials.APPLICATION);
        assertThat(jdbc.queryForObject("SELECT rolsuper OR rolcreaterole OR rolcreatedb OR rolbypassrls FROM pg_roles WHERE rolname = current_user",
                Boolean.class)).isFalse();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                + "WHERE n.nspname = 'public' AND pg_get_userbyid(c.relowner) = current_user", Long.class)).isZero();
    }

    @Test
    void theOwnerRoleOwnsTheAppendOnlyTablesAndSoTheirTriggers() {
        for (String table : APPEND_ONLY) {
            assertThat(jdbc.queryForObject("SELECT tableowner FROM pg_tables WHERE schemaname = 'public' AND tablename = ?",
                    String.class, table)).as(table).isEqualTo(EmbeddedCredentials.OWNER);
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                + "WHERE c.relname = 'domainevententry' AND NOT t.tgisinternal AND t.tgenabled = 'O'", Long.class)).isEqualTo(2);
    }

    @Test
    void theApplicationRoleCannotSwitchTheTriggersOff() {
        assertThatThrownBy(() -> jdbc.execute("SET session_replication_role = replica"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        for (String table : APPEND_ONLY) {
            assertThatThrownBy(() -> jdbc.execute("ALTER TABLE " + table + " DISABLE TRIGGER USER"))
                    .as(table).isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("must be owner");
        }
        assertThatThrownBy(() -> jdbc.execute("DROP TRIGGER domainevententry_append_only ON domainevententry"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("must be owner");
        assertThatThrownBy(() -> jdbc.execute("SET ROLE " + EmbeddedCredentials.OWNER))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
    }

    @Test
    void theApplicationRoleCannotRewriteOrRemoveEventsNorCreateTables() {
        assertThatThrownBy(() -> jdbc.update("UPDATE domainevententry SET timestamp = timestamp"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM domainevententry"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.execute("TRUNCATE event_seal"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.execute("CREATE TABLE shadow_events (id BIGINT)"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class)).isPositive();
    }

    @Test
    void everyConnectionNeedsAScramPasswordAndTheServerListensOnLoopbackOnly() throws SQLException {
        try (Connection superuser = postgres.getPostgresDatabase().getConnection();
             var rules = superuser.createStatement().executeQuery("SELECT DISTINCT auth_method FROM pg_hba_file_rules")) {
            List<String> methods = new java.util.ArrayList<>();
            while (rules.next()) {
                methods.add(rules.getString(1));
            }
            assertThat(methods).containsExactly("scram-sha-256");
        }
        try (Connection superuser = postgres.getPostgresDatabase().getConnection();
             var stored = superuser.createStatement().executeQuery("SELECT count(*) FROM pg_authid "
                     + "WHERE rolname IN ('postgres', 'ledger_owner', 'ledger_app') AND rolpassword LIKE 'SCRAM-SHA-256$%'")) {
            stored.next();
            assertThat(stored.getLong(1)).as("roles with a scram-sha-256 password").isEqualTo(3);
        }
        assertThat(jdbc.queryForObject("SHOW listen_addresses", String.class)).isEqualTo("localhost");
        Properties wrongPassword = new Properties();
        wrongPassword.setProperty("user", EmbeddedCredentials.APPLICATION);
        wrongPassword.setProperty("password", "not-the-password");
        assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), wrongPassword).close())
                .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
    }
}
