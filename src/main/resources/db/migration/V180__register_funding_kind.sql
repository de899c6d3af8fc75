-- Money outside the cost-sharing model joins the funding register as rows of their own kind, so a
-- reader can never add a party's own contribution or income into the shared model's totals:
--   SHARED               the programme's year (party_id NULL) or one party's share of it (as before);
--   DIRECT_CONTRIBUTION  one named party paid alone (amount), never split by the model;
--   INCOME               income received from a named source (received_from, amount).
-- requested/allocated belong to the shared model only, so they are NULL on the other kinds.
ALTER TABLE register_funding
    ADD COLUMN kind          VARCHAR(32) NOT NULL DEFAULT 'SHARED',
    ADD COLUMN record_id     VARCHAR(255),
    ADD COLUMN amount        NUMERIC(19, 2),
    ADD COLUMN received_from TEXT,
    ADD COLUMN description   TEXT,
    ALTER COLUMN requested DROP NOT NULL,
    ALTER COLUMN allocated DROP NOT NULL;
