-- Wingmate schema version 4: peer mentors, their status history, shadowing,
-- training and supervision. Soft deletes (deleted_at + reason) throughout.
-- Dates are YYYY-MM-DD text; timestamps ISO 8601 UTC with milliseconds.

CREATE TABLE mentors (
    id                   INTEGER PRIMARY KEY,
    prisoner_id          INTEGER NOT NULL REFERENCES prisoners (id),
    status               TEXT NOT NULL DEFAULT 'applied'
                         CHECK (status IN ('applied', 'cleared', 'shadowing', 'trained', 'active',
                                           'paused', 'suspended', 'left')),
    applied_on           TEXT NOT NULL,
    application_notes    TEXT NOT NULL DEFAULT '',
    governor_approved_on TEXT,
    governor_approved_by TEXT,
    security_cleared_on  TEXT,
    security_cleared_by  TEXT,
    capacity             INTEGER NOT NULL DEFAULT 3 CHECK (capacity BETWEEN 0 AND 50),
    pathway_tier         TEXT NOT NULL DEFAULT 'peer_mentor'
                         CHECK (pathway_tier IN ('peer_mentor', 'health_champion', 'health_trainer')),
    agreement_signed_on  TEXT,
    agreement_version    TEXT,
    left_reason          TEXT CHECK (left_reason IS NULL OR left_reason IN ('released', 'transferred', 'resigned', 'removed')),
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    deleted_at           TEXT,
    deleted_reason       TEXT
);
-- One current mentoring role per prisoner (a mentor who left may apply again).
CREATE UNIQUE INDEX mentors_current ON mentors (prisoner_id) WHERE deleted_at IS NULL AND status <> 'left';
CREATE INDEX mentors_status ON mentors (status);

CREATE TABLE mentor_status_history (
    id          INTEGER PRIMARY KEY,
    mentor_id   INTEGER NOT NULL REFERENCES mentors (id),
    from_status TEXT,
    to_status   TEXT NOT NULL,
    changed_on  TEXT NOT NULL,
    reason      TEXT NOT NULL DEFAULT '',
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
CREATE INDEX mentor_status_history_mentor ON mentor_status_history (mentor_id, changed_on);

CREATE TABLE shadowing_periods (
    id                    INTEGER PRIMARY KEY,
    mentor_id             INTEGER NOT NULL REFERENCES mentors (id),  -- the trainee
    experienced_mentor_id INTEGER REFERENCES mentors (id),
    started_on            TEXT NOT NULL,
    ended_on              TEXT,
    sessions_observed     INTEGER NOT NULL DEFAULT 0 CHECK (sessions_observed >= 0),
    signed_off_on         TEXT,
    signed_off_by         TEXT,
    notes                 TEXT NOT NULL DEFAULT '',
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL,
    deleted_at            TEXT,
    deleted_reason        TEXT
);
CREATE INDEX shadowing_periods_mentor ON shadowing_periods (mentor_id);

CREATE TABLE training_records (
    id             INTEGER PRIMARY KEY,
    mentor_id      INTEGER NOT NULL REFERENCES mentors (id),
    module         TEXT NOT NULL,
    provider       TEXT NOT NULL DEFAULT '',
    started_on     TEXT,
    completed_on   TEXT,
    hours          REAL CHECK (hours IS NULL OR hours >= 0),
    accreditation  TEXT NOT NULL DEFAULT '',
    assessor       TEXT NOT NULL DEFAULT '',
    expires_on     TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    deleted_at     TEXT,
    deleted_reason TEXT
);
CREATE INDEX training_records_mentor ON training_records (mentor_id);

CREATE TABLE supervisions (
    id               INTEGER PRIMARY KEY,
    mentor_id        INTEGER NOT NULL REFERENCES mentors (id),
    held_on          TEXT NOT NULL,
    supervisor       TEXT NOT NULL,
    notes            TEXT NOT NULL DEFAULT '',
    mentor_wellbeing TEXT NOT NULL DEFAULT '',
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    deleted_at       TEXT,
    deleted_reason   TEXT
);
CREATE INDEX supervisions_mentor ON supervisions (mentor_id, held_on);
