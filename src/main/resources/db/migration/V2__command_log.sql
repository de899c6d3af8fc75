-- One row per accepted command id: what made resubmission idempotent. Written in the same
-- transaction as the command's events (JDBC event store), so either both exist or neither.
CREATE TABLE command_log (
    command_id     VARCHAR(200) PRIMARY KEY,
    command_name   VARCHAR(100) NOT NULL,
    fingerprint    CHAR(64)     NOT NULL,   -- SHA-256 of the command name, effective date, source and payload
    aggregate_id   VARCHAR(255),
    event_ids      TEXT[]       NOT NULL DEFAULT '{}',
    recorded_by    VARCHAR(200) NOT NULL,
    recorded_at    TIMESTAMPTZ  NOT NULL DEFAULT now()
);
