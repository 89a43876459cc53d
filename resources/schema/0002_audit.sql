-- Wingmate schema version 2: the audit trail.
-- Each event carries a keyed BLAKE2b hash over its content and the previous
-- event's hash, so any edit, gap, insertion or reordering is found by verify.
-- Events are never changed or deleted: the triggers refuse it.

CREATE TABLE audit_events (
    seq         INTEGER PRIMARY KEY,       -- 1, 2, 3, ... without gaps
    occurred_at TEXT NOT NULL,             -- ISO 8601 UTC with milliseconds
    actor       TEXT NOT NULL,             -- username, or '' for the program itself
    action      TEXT NOT NULL,             -- e.g. 'login', 'create', 'change'
    entity_type TEXT NOT NULL DEFAULT '',  -- e.g. 'user', 'mentee'
    entity_id   TEXT NOT NULL DEFAULT '',
    details     TEXT NOT NULL DEFAULT '{}', -- JSON: before/after, counts, destination
    prev_hash   BLOB NOT NULL,
    hash        BLOB NOT NULL
);

CREATE INDEX audit_events_by_time ON audit_events (occurred_at);

CREATE TRIGGER audit_events_never_updated BEFORE UPDATE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'audit events are never changed');
END;

CREATE TRIGGER audit_events_never_deleted BEFORE DELETE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'audit events are never deleted');
END;
