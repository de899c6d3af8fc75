-- The transparency log's tables (V160) are append-only: their triggers refuse UPDATE, DELETE and
-- TRUNCATE, and only their owner could disable them. The application role was given full rights on
-- every later table by V120's default privileges; take back the rights it never needs here, as V120
-- does for the event store and the seals. (field_salt keeps DELETE: erasing a personal-data field
-- deletes its salt, docs/integrity.md.)
DO $$
DECLARE
    app TEXT := '${applicationRole}';
BEGIN
    IF app = current_user OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app) THEN
        RETURN;
    END IF;
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON log_leaf, log_node, log_checkpoint, integrity_verification FROM %I', app);
END $$;
