-- The ledger log: every event once, with its envelope, in a form the read side can query.
-- A projection (rebuilt by replay), not the record itself: the record is the event store.
CREATE TABLE ledger_event (
    global_index     BIGINT       PRIMARY KEY,          -- the event's position in the event store
    event_id         VARCHAR(100) NOT NULL UNIQUE,      -- the event that made this row
    record_id        VARCHAR(255) NOT NULL,             -- the record (event stream / aggregate) it belongs to
    record_sequence  BIGINT       NOT NULL,
    record_type      VARCHAR(100),
    event_type       VARCHAR(100) NOT NULL,
    event_revision   VARCHAR(20),
    collaboration_id VARCHAR(255),
    effective_on     DATE         NOT NULL,
    effective_text   VARCHAR(25)  NOT NULL,
    recorded_at      TIMESTAMPTZ  NOT NULL,
    recorded_by      VARCHAR(200),
    original_author  VARCHAR(200),
    command_id       VARCHAR(200),
    source_reference VARCHAR(200),
    source_section   VARCHAR(500),
    source_title     VARCHAR(500),
    source_url       VARCHAR(2000),
    payload          JSONB        NOT NULL,
    applied_by       VARCHAR(40)  NOT NULL               -- 'processor', or 'completeness-guard' when the guard had to deliver it
);
CREATE INDEX ledger_event_programme ON ledger_event (collaboration_id, effective_on, global_index);
CREATE INDEX ledger_event_record ON ledger_event (record_id, record_sequence);
CREATE INDEX ledger_event_corrections ON ledger_event ((payload ->> 'eventId')) WHERE event_type = 'RecordCorrected';

-- How far the completeness guard has proven that every committed event reached the ledger log.
CREATE TABLE projection_guard (
    name              VARCHAR(100) PRIMARY KEY,
    verified_through  BIGINT       NOT NULL,
    checked_at        TIMESTAMPTZ  NOT NULL,
    recovered_total   BIGINT       NOT NULL DEFAULT 0
);
