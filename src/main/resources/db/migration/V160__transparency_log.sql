-- The transparency log (docs/integrity.md): one RFC 9162 Merkle tree over every stored event, in
-- the order the events were sealed, with Ed25519-signed checkpoints; verifications remembered.
--
-- Sealing happens in the transaction that appends the events (integrity.InTransactionSealer): the
-- event row, its HMAC seal and its log leaf carry the id of the transaction that wrote them, so a
-- row added by a plain INSERT (no seal, or a seal written by another transaction) is a finding.
-- Rows that existed before this migration were sealed asynchronously: their transaction ids stay
-- NULL and sealing_epoch records up to where that is allowed.

ALTER TABLE domainevententry ADD COLUMN appended_txid BIGINT;
ALTER TABLE domainevententry ALTER COLUMN appended_txid SET DEFAULT txid_current();
ALTER TABLE event_seal ADD COLUMN sealed_txid BIGINT;
ALTER TABLE event_seal ALTER COLUMN sealed_txid SET DEFAULT txid_current();

CREATE TABLE sealing_epoch (
    asynchronous_through BIGINT NOT NULL    -- highest global index sealed by the old asynchronous sealer
);
INSERT INTO sealing_epoch SELECT coalesce(max(globalindex), -1) FROM domainevententry;

-- One leaf per sealed event, leaf_index 0, 1, 2 ... in sealing order. leaf_data is the exact byte
-- string hashed (leaf hash = SHA-256(0x00 || leaf_data)): field commitments, never field values.
CREATE TABLE log_leaf (
    leaf_index    BIGINT       PRIMARY KEY,
    global_index  BIGINT       NOT NULL UNIQUE,
    event_id      VARCHAR(255) NOT NULL UNIQUE,
    leaf_data     BYTEA        NOT NULL,
    logged_txid   BIGINT       NOT NULL DEFAULT txid_current()
);

-- Every complete subtree: the hash of the 2^level leaves starting at leaf node_index * 2^level
-- (level 0: the leaf hashes). A proof reads O(log n) of these rows, never the whole log.
CREATE TABLE log_node (
    level       INT     NOT NULL,
    node_index  BIGINT  NOT NULL,
    hash        BYTEA   NOT NULL,
    PRIMARY KEY (level, node_index)
);

-- The salt of each field commitment, by leaf. NOT append-only: erasing a personal-data field
-- deletes its salt here (and its value where it is kept); every commitment and proof stays valid.
CREATE TABLE field_salt (
    leaf_index  BIGINT PRIMARY KEY,
    salts       JSONB  NOT NULL            -- field name -> hex salt
);

-- Signed checkpoints (C2SP tlog-checkpoint in a C2SP signed note), one per tree size and key.
CREATE TABLE log_checkpoint (
    tree_size   BIGINT       NOT NULL,
    key_name    VARCHAR(200) NOT NULL,
    root_hash   BYTEA        NOT NULL,
    note        TEXT         NOT NULL,
    signed_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (tree_size, key_name)
);

-- Every verification run: who, when, against what, and what broke.
CREATE TABLE integrity_verification (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    verified_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    verified_by   VARCHAR(200) NOT NULL,
    status        VARCHAR(20)  NOT NULL,
    tree_size     BIGINT,
    events        BIGINT       NOT NULL,
    digest_used   TEXT,
    break_kind    VARCHAR(60),
    break_detail  TEXT,
    warnings      TEXT
);

-- When a digest or checkpoint left the system (fetched from its export address), so that the
-- verifier can warn when nothing was ever kept outside.
CREATE TABLE integrity_export (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind         VARCHAR(20)  NOT NULL,   -- DIGEST or CHECKPOINT
    reference    VARCHAR(200) NOT NULL,   -- digest id or tree size
    exported_by  VARCHAR(200) NOT NULL,
    exported_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TRIGGER log_leaf_append_only BEFORE UPDATE OR DELETE ON log_leaf
    FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER log_leaf_no_truncate BEFORE TRUNCATE ON log_leaf
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER log_node_append_only BEFORE UPDATE OR DELETE ON log_node
    FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER log_node_no_truncate BEFORE TRUNCATE ON log_node
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER log_checkpoint_append_only BEFORE UPDATE OR DELETE ON log_checkpoint
    FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER log_checkpoint_no_truncate BEFORE TRUNCATE ON log_checkpoint
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER integrity_verification_append_only BEFORE UPDATE OR DELETE ON integrity_verification
    FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
CREATE TRIGGER integrity_verification_no_truncate BEFORE TRUNCATE ON integrity_verification
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change();

REVOKE UPDATE, DELETE, TRUNCATE ON log_leaf, log_node, log_checkpoint, integrity_verification FROM PUBLIC;
