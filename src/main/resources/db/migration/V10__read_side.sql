-- Read side: views derived from the ledger log, rebuilt by replay (never the record itself).

-- The current state of each programme as a whole ProgrammeView (everything; trimmed per reader on the way out).
CREATE TABLE programme_state (
    collaboration_id  VARCHAR(255) PRIMARY KEY,
    title             TEXT,
    view              JSONB        NOT NULL,
    last_global_index BIGINT       NOT NULL,
    last_event_id     VARCHAR(100) NOT NULL
);

-- Agreements in force across programmes: the register PCCs publish.
CREATE TABLE register_agreement (
    collaboration_id VARCHAR(255) NOT NULL,
    agreement_id     VARCHAR(255) NOT NULL,
    programme_title  TEXT,
    title            TEXT,
    kind             VARCHAR(40),
    legally_binding  BOOLEAN      NOT NULL,
    in_force_since   DATE,
    parties          JSONB        NOT NULL,   -- [{partyId, name, signatureRequired, signatory, signedOn}]
    event_id         VARCHAR(100) NOT NULL,   -- the event that last changed the agreement
    PRIMARY KEY (collaboration_id, agreement_id)
);

-- Decisions across programmes; the whole DecisionView is kept, trimmed per reader on the way out.
CREATE TABLE register_decision (
    collaboration_id VARCHAR(255) NOT NULL,
    reference        VARCHAR(255) NOT NULL,
    programme_title  TEXT,
    decision_date    DATE,
    published        BOOLEAN      NOT NULL,
    decision         JSONB        NOT NULL,
    event_id         VARCHAR(100) NOT NULL,
    PRIMARY KEY (collaboration_id, reference)
);
CREATE INDEX register_decision_date ON register_decision (decision_date);

-- Funding by programme, financial year and party (party_id NULL: the programme's whole year).
CREATE TABLE register_funding (
    collaboration_id     VARCHAR(255) NOT NULL,
    programme_title      TEXT,
    financial_year       VARCHAR(7)   NOT NULL,
    party_id             VARCHAR(255),
    party_name           TEXT,
    share                NUMERIC(9, 4),
    requested            NUMERIC(19, 2) NOT NULL,
    allocated            NUMERIC(19, 2) NOT NULL,
    cost_sharing_model   VARCHAR(255),
    model_lapsed         BOOLEAN      NOT NULL,
    event_id             VARCHAR(100) NOT NULL
);
CREATE INDEX register_funding_programme ON register_funding (collaboration_id, financial_year);
