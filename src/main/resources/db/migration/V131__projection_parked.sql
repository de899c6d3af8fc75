-- Programmes whose derived views (programme_state, registers) could not be written: parked, so
-- that one poison fact holds back only its own programme while every other programme flows. The
-- programme's events are still in the ledger log, in order; a retry (POST
-- /api/admin/projections/parked/retry) folds it again from there and, if that works, unparks it.
CREATE TABLE projection_parked (
    collaboration_id  VARCHAR(255) PRIMARY KEY,
    parked_at         TIMESTAMPTZ  NOT NULL DEFAULT now(),
    event_id          VARCHAR(100),            -- the first event whose views could not be written
    global_index      BIGINT,
    events_waiting    BIGINT       NOT NULL DEFAULT 0,   -- events received since, not yet in the views
    cause             TEXT         NOT NULL,
    retried_at        TIMESTAMPTZ,
    retries           INT          NOT NULL DEFAULT 0
);
