-- The door's index of programmes: which programmes are registered, and on which effective dates
-- they were registered and closed. Written in the same transaction as the event that registers or
-- closes a programme (a subscribing handler in the command's unit of work), so the check "does this
-- programme exist?" is one indexed read instead of loading the programme's event stream.
CREATE TABLE programme_directory (
    collaboration_id VARCHAR(255) PRIMARY KEY,
    registered_on    DATE         NOT NULL,   -- effective date of CollaborationRegistered
    closed_on        DATE,                    -- effective date of CollaborationClosed, if closed
    registered_event VARCHAR(255) NOT NULL    -- the event that registered it
);

-- Programmes registered before this table existed, read from the event store itself.
INSERT INTO programme_directory (collaboration_id, registered_on, closed_on, registered_event)
SELECT r.aggregateidentifier,
       left(convert_from(r.metadata, 'UTF8')::jsonb ->> 'effectiveOn', 10)::date,
       (SELECT left(convert_from(c.metadata, 'UTF8')::jsonb ->> 'effectiveOn', 10)::date
          FROM domainevententry c
         WHERE c.aggregateidentifier = r.aggregateidentifier
           AND c.payloadtype = 'uk.police.collaboration.ledger.collaboration.api.CollaborationClosed'
         ORDER BY c.sequencenumber DESC LIMIT 1),
       r.eventidentifier
  FROM domainevententry r
 WHERE r.payloadtype = 'uk.police.collaboration.ledger.collaboration.api.CollaborationRegistered'
   AND r.sequencenumber = 0
ON CONFLICT (collaboration_id) DO NOTHING;
