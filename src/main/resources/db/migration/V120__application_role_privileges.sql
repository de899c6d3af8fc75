-- Least privilege (docs/operations.md): the ledger runs as an application role that owns nothing.
-- This migration runs as the owner role and gives the application role what the ledger does —
-- read and write the read side, the command log, Axon's tokens and dead letters; append to the
-- event store and the integrity tables — and nothing more. Default privileges extend the same
-- grants to every table and sequence a later migration (run by the same owner) creates.
-- The append-only tables keep their triggers (V4), which only their owner could disable; the
-- application role also loses UPDATE, DELETE and TRUNCATE on them.
-- ${applicationRole} is the role the ledger connects as (spring.flyway.placeholders.applicationRole);
-- where the ledger connects as the owner itself, or the role does not exist, nothing is granted.
DO $$
DECLARE
    app TEXT := '${applicationRole}';
BEGIN
    IF app = current_user OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app) THEN
        RAISE NOTICE 'Application role % is the migrating role or does not exist: no grants made', app;
        RETURN;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', app);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA public TO %I', app);
    EXECUTE format('GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO %I', app);
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON domainevententry, event_seal, ledger_digest, ledger_digest_entry FROM %I', app);
    EXECUTE format('REVOKE ALL ON flyway_schema_history FROM %I', app);
    EXECUTE format('GRANT SELECT ON flyway_schema_history TO %I', app);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON TABLES TO %I', app);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO %I', app);
END $$;
