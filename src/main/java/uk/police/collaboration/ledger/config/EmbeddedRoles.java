package uk.police.collaboration.ledger.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static uk.police.collaboration.ledger.config.EmbeddedCredentials.APPLICATION;
import static uk.police.collaboration.ledger.config.EmbeddedCredentials.OWNER;
import static uk.police.collaboration.ledger.config.EmbeddedCredentials.SUPERUSER;

/**
 * Least privilege in the embedded cluster: an owner role that owns the schema and everything in
 * it (Flyway migrates as the owner, so the append-only triggers are the owner's), and an
 * application role the ledger runs as, with neither superuser nor ownership — so it can switch off
 * no trigger (ALTER TABLE needs the owner, session_replication_role needs a superuser). Its table
 * privileges come from migration V120 (default privileges, so later migrations are covered too).
 * Run as the superuser on every start; each statement is idempotent.
 */
final class EmbeddedRoles {

    private EmbeddedRoles() {
    }

    static void ensure(Connection superuser, EmbeddedCredentials credentials, boolean setSuperuserPassword) throws SQLException {
        try (Statement sql = superuser.createStatement()) {
            sql.execute("SET password_encryption = 'scram-sha-256'");
            if (setSuperuserPassword) {
                sql.execute("ALTER ROLE " + SUPERUSER + " PASSWORD '" + credentials.superuserPassword() + "'");
            }
            ensureRole(sql, OWNER, credentials.ownerPassword());
            ensureRole(sql, APPLICATION, credentials.applicationPassword());
            sql.execute("GRANT CONNECT ON DATABASE " + EmbeddedPostgresServer.DATABASE + " TO " + OWNER + ", " + APPLICATION);
            sql.execute("ALTER SCHEMA public OWNER TO " + OWNER);
            sql.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
            sql.execute("GRANT USAGE ON SCHEMA public TO " + APPLICATION);
            // A folder made before the roles existed holds the superuser's tables: hand them to the owner.
            sql.execute("""
                    DO $$
                    DECLARE object record;
                    BEGIN
                        FOR object IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                                WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm')
                                  AND pg_get_userbyid(c.relowner) = '%1$s' LOOP
                            EXECUTE format('ALTER TABLE public.%%I OWNER TO %2$s', object.relname);
                        END LOOP;
                        FOR object IN SELECT p.oid::regprocedure AS signature FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                                WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) = '%1$s' LOOP
                            EXECUTE format('ALTER FUNCTION %%s OWNER TO %2$s', object.signature);
                        END LOOP;
                    END $$""".formatted(SUPERUSER, OWNER));
        }
    }

    private static void ensureRole(Statement sql, String role, String password) throws SQLException {
        String attributes = " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD '" + password + "'";
        boolean exists;
        try (var rows = sql.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + role + "'")) {
            exists = rows.next();
        }
        // The credentials file is the truth: its password is (re)applied on every start.
        sql.execute((exists ? "ALTER ROLE " : "CREATE ROLE ") + role + attributes);
    }

    /** Replaces a folder's `trust` rules (made before roles had passwords) with scram-sha-256 on loopback. */
    static void requirePasswords(Path dataDirectory) throws IOException {
        Files.writeString(dataDirectory.resolve("pg_hba.conf"), """
                # Written by the ledger (docs/operations.md): every connection needs a password (scram-sha-256).
                # TYPE  DATABASE  USER  ADDRESS       METHOD
                local   all       all                 scram-sha-256
                host    all       all   127.0.0.1/32  scram-sha-256
                host    all       all   ::1/128       scram-sha-256
                """);
    }
}
