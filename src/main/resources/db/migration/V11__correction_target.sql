-- Which record each correction names, written by the command door in the same transaction as the
-- correction's events. The door reads it to honour a corrected registration or closure date of a
-- programme when it judges later facts against the programme's life (docs/architecture.md).
CREATE TABLE correction_target (
    correction_id VARCHAR(200) PRIMARY KEY,
    record_id     VARCHAR(200) NOT NULL,
    position      BIGSERIAL    NOT NULL
);
CREATE INDEX correction_target_record ON correction_target (record_id, position);
