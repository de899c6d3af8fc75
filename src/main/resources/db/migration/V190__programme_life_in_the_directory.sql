-- The door judges every fact against its programme's life (registration and closure dates, as
-- corrected). It used to read the programme's whole event stream and every correction naming the
-- programme on each command; the directory now keeps that life itself, maintained in the same
-- transaction as the events that change it (registration, closure, and a correction of either's
-- date or of the registered title), so the rule costs one indexed read.
--   registered_on / closed_on  from now on: the dates as corrected (latest correction wins)
--   closed_event              the event that closed the programme (the one a correction names)
--   title                     the registered title, as corrected
ALTER TABLE programme_directory
    ADD COLUMN closed_event VARCHAR(255),
    ADD COLUMN title        TEXT;

CREATE INDEX programme_directory_registered_event ON programme_directory (registered_event);
CREATE INDEX programme_directory_closed_event ON programme_directory (closed_event);

-- Programmes already recorded: their life as the door read it before, from the event store.
WITH registrations AS (
    SELECT aggregateidentifier AS collaboration_id, convert_from(payload, 'UTF8')::jsonb ->> 'title' AS title
      FROM domainevententry
     WHERE payloadtype = 'uk.police.collaboration.ledger.collaboration.api.CollaborationRegistered'
       AND sequencenumber = 0
), closures AS (
    SELECT DISTINCT ON (aggregateidentifier) aggregateidentifier AS collaboration_id, eventidentifier AS closed_event,
           left(convert_from(metadata, 'UTF8')::jsonb ->> 'effectiveOn', 10)::date AS closed_on
      FROM domainevententry
     WHERE payloadtype = 'uk.police.collaboration.ledger.collaboration.api.CollaborationClosed'
     ORDER BY aggregateidentifier, sequencenumber DESC
), corrections AS (
    SELECT convert_from(payload, 'UTF8')::jsonb AS p, globalindex
      FROM domainevententry
     WHERE payloadtype = 'uk.police.collaboration.ledger.correction.api.RecordCorrected'
), corrected_dates AS (
    SELECT DISTINCT ON (p ->> 'eventId') p ->> 'eventId' AS event_id, left(p ->> 'correctedEffectiveOn', 10)::date AS corrected_on
      FROM corrections
     WHERE p ->> 'correctedEffectiveOn' IS NOT NULL
     ORDER BY p ->> 'eventId', globalindex DESC
), corrected_titles AS (
    SELECT DISTINCT ON (p ->> 'eventId') p ->> 'eventId' AS event_id, p -> 'correctedFacts' ->> 'title' AS title
      FROM corrections
     WHERE p -> 'correctedFacts' ->> 'title' IS NOT NULL
     ORDER BY p ->> 'eventId', globalindex DESC
)
UPDATE programme_directory d
   SET title        = COALESCE((SELECT t.title FROM corrected_titles t WHERE t.event_id = d.registered_event),
                               (SELECT r.title FROM registrations r WHERE r.collaboration_id = d.collaboration_id)),
       registered_on = COALESCE((SELECT c.corrected_on FROM corrected_dates c WHERE c.event_id = d.registered_event),
                                d.registered_on),
       closed_event = (SELECT x.closed_event FROM closures x WHERE x.collaboration_id = d.collaboration_id),
       closed_on    = COALESCE((SELECT c.corrected_on FROM corrected_dates c
                                 WHERE c.event_id = (SELECT x.closed_event FROM closures x WHERE x.collaboration_id = d.collaboration_id)),
                               (SELECT x.closed_on FROM closures x WHERE x.collaboration_id = d.collaboration_id));
