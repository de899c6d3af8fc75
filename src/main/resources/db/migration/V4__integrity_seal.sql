-- Tamper evidence (docs/integrity.md).
--  * event_seal: one HMAC-SHA-256 link per stored event, chained per stream, written by the
--    `integrity-seal` processor. The diagnostic columns (field hashes, timestamp text) only let the
--    verifier say WHAT changed; the proof is the keyed link.
--  * ledger_digest (+ its entries): signed snapshots of every stream's last link, to be exported
--    and kept outside the system; they catch a cut tail, which a chain alone cannot.
--  * The event table and these three are append-only: triggers refuse UPDATE, DELETE and TRUNCATE
--    (for every role, the owner included), and PUBLIC loses those privileges.

CREATE TABLE event_seal (
    global_index      BIGINT       PRIMARY KEY,        -- domainevententry.globalindex of the sealed event
    event_id          VARCHAR(255) NOT NULL UNIQUE,
    stream            VARCHAR(255) NOT NULL,            -- aggregate identifier
    sequence          BIGINT       NOT NULL,
    link              CHAR(64)     NOT NULL,            -- hex HMAC-SHA-256 over the canonical form
    previous_link     CHAR(64)     NOT NULL,            -- the stream's previous link, or the genesis value
    key_id            VARCHAR(64)  NOT NULL,
    payload_type      VARCHAR(255) NOT NULL,
    payload_revision  VARCHAR(255),
    payload_sha256    CHAR(64)     NOT NULL,
    metadata_sha256   CHAR(64)     NOT NULL,
    stored_timestamp  VARCHAR(255) NOT NULL,
    sealed_at         TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT event_seal_stream_position UNIQUE (stream, sequence)
);

CREATE TABLE ledger_digest (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    taken_at         TIMESTAMPTZ  NOT NULL,
    global_position  BIGINT       NOT NULL,             -- every sealed event up to here is covered
    stream_count     BIGINT       NOT NULL,
    event_count      BIGINT       NOT NULL,
    root_hash        CHAR(64)     NOT NULL,             -- HMAC over the sorted (stream, last sequence, last link) list
    key_id           VARCHAR(64)  NOT NULL,
    algorithm        VARCHAR(40)  NOT NULL,
    signature        CHAR(64)     NOT NULL
);

-- The list the root hash covers, so that a failed digest check can name the stream.
CREATE TABLE ledger_digest_entry (
    digest_id      BIGINT       NOT NULL REFERENCES ledger_digest (id),
    stream         VARCHAR(255) NOT NULL,
    last_sequence  BIGINT       NOT NULL,
    last_link      CHAR(64)     NOT NULL,
    PRIMARY KEY (digest_id, stream)
);

CREATE FUNCTION ledger_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the ledger table % is append-only: % refused', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER domainevententry_append_only BEFORE UPDATE OR DELETE ON domainevententry
    FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER domainevententry_no_truncate BEFORE TRUNCATE ON domainevententry
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();

CREATE TRIGGER event_seal_append_only BEFORE UPDATE OR DELETE ON event_seal
    FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER event_seal_no_truncate BEFORE TRUNCATE ON event_seal
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();

CREATE TRIGGER ledger_digest_append_only BEFORE UPDATE OR DELETE ON ledger_digest
    FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER ledger_digest_no_truncate BEFORE TRUNCATE ON ledger_digest
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();

CREATE TRIGGER ledger_digest_entry_append_only BEFORE UPDATE OR DELETE ON ledger_digest_entry
    FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER ledger_digest_entry_no_truncate BEFORE TRUNCATE ON ledger_digest_entry
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();

-- Defence in depth for roles other than the owner; the role set-up for the `postgres` profile
-- (owner role for migrations, application role with SELECT and INSERT only) is in docs/integrity.md.
REVOKE UPDATE, DELETE, TRUNCATE ON domainevententry, event_seal, ledger_digest, ledger_digest_entry FROM PUBLIC;
