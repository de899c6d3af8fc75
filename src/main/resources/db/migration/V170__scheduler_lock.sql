-- Scheduled duties that must run on one node at a time in a deployment of several (the digests,
-- the completeness guard) take a row here first (ShedLock's JDBC provider; docs/operations.md).
-- A row is a lease, not a fact of the ledger: it is updated in place and may be deleted.
CREATE TABLE shedlock (
    name        VARCHAR(64)  PRIMARY KEY,
    lock_until  TIMESTAMPTZ  NOT NULL,
    locked_at   TIMESTAMPTZ  NOT NULL,
    locked_by   VARCHAR(255) NOT NULL
);
