-- Wingmate schema version 5: mentee episodes, allocations, sessions (1:1 and
-- group, with a register), follow-up actions, check-ins, concerns and reviews.
-- Soft deletes (deleted_at + reason). Dates YYYY-MM-DD; times ISO 8601 UTC.

CREATE TABLE mentee_episodes (
    id                          INTEGER PRIMARY KEY,
    prisoner_id                 INTEGER NOT NULL REFERENCES prisoners (id),
    status                      TEXT NOT NULL DEFAULT 'referred' CHECK (status IN ('referred', 'active', 'closed')),
    referred_on                 TEXT NOT NULL,
    referral_source             TEXT NOT NULL CHECK (referral_source IN ('self', 'staff', 'healthcare', 'mentor')),
    referral_reason             TEXT NOT NULL DEFAULT '',
    consent_on                  TEXT,               -- consent recorded on this date
    baseline_self_harm_ever     INTEGER NOT NULL DEFAULT 0 CHECK (baseline_self_harm_ever IN (0, 1)),
    baseline_self_harm_year     INTEGER NOT NULL DEFAULT 0 CHECK (baseline_self_harm_year IN (0, 1)),
    baseline_self_harm_current  INTEGER NOT NULL DEFAULT 0 CHECK (baseline_self_harm_current IN (0, 1)),
    baseline_suicidal_year      TEXT NOT NULL DEFAULT 'none'
                                CHECK (baseline_suicidal_year IN ('none', 'thoughts', 'attempt')),
    acct_open                   INTEGER NOT NULL DEFAULT 0 CHECK (acct_open IN (0, 1)),
    acct_reference              TEXT NOT NULL DEFAULT '',
    risk_level                  TEXT CHECK (risk_level IS NULL OR risk_level IN ('low', 'medium', 'high')),
    next_review_on              TEXT,
    activated_on                TEXT,
    closed_on                   TEXT,
    closure_reason              TEXT CHECK (closure_reason IS NULL OR closure_reason IN
                                    ('goals_met', 'declined', 'transferred', 'released', 'became_mentor', 'other')),
    outcome_education_work      INTEGER NOT NULL DEFAULT 0 CHECK (outcome_education_work IN (0, 1)),
    outcome_became_mentor       INTEGER NOT NULL DEFAULT 0 CHECK (outcome_became_mentor IN (0, 1)),
    outcome_notes               TEXT NOT NULL DEFAULT '',
    created_at                  TEXT NOT NULL,
    updated_at                  TEXT NOT NULL,
    deleted_at                  TEXT,
    deleted_reason              TEXT
);
-- One open episode per prisoner.
CREATE UNIQUE INDEX mentee_episodes_open ON mentee_episodes (prisoner_id) WHERE deleted_at IS NULL AND status <> 'closed';
CREATE INDEX mentee_episodes_status ON mentee_episodes (status, prisoner_id);

CREATE TABLE mentor_allocations (
    id                       INTEGER PRIMARY KEY,
    episode_id               INTEGER NOT NULL REFERENCES mentee_episodes (id),
    mentor_id                INTEGER NOT NULL REFERENCES mentors (id),
    allocated_on             TEXT NOT NULL,
    ended_on                 TEXT,
    capacity_override_reason TEXT,
    created_at               TEXT NOT NULL
);
CREATE INDEX mentor_allocations_episode ON mentor_allocations (episode_id);
-- A mentor is allocated to a mentee once at a time.
CREATE UNIQUE INDEX mentor_allocations_current ON mentor_allocations (episode_id, mentor_id) WHERE ended_on IS NULL;
CREATE INDEX mentor_allocations_mentor ON mentor_allocations (mentor_id, ended_on);

CREATE TABLE mentee_sessions (
    id               INTEGER PRIMARY KEY,
    held_at          TEXT NOT NULL,          -- ISO 8601 local date and time
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 1 AND 1440),
    session_type     TEXT NOT NULL,          -- one of the SessionTypes setting
    is_group         INTEGER NOT NULL DEFAULT 0 CHECK (is_group IN (0, 1)),
    location         TEXT NOT NULL DEFAULT '',
    notes            TEXT NOT NULL DEFAULT '',
    concern_raised   INTEGER NOT NULL DEFAULT 0 CHECK (concern_raised IN (0, 1)),
    recorded_by      TEXT NOT NULL,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    deleted_at       TEXT,
    deleted_reason   TEXT
);
CREATE INDEX mentee_sessions_held ON mentee_sessions (held_at);

CREATE TABLE session_mentors (
    session_id INTEGER NOT NULL REFERENCES mentee_sessions (id),
    mentor_id  INTEGER NOT NULL REFERENCES mentors (id),
    PRIMARY KEY (session_id, mentor_id)
) WITHOUT ROWID;
CREATE INDEX session_mentors_mentor ON session_mentors (mentor_id);

-- Who the session was for; a group's register marks who attended.
-- held_at repeats the session's (kept in step by SessionService) so a
-- mentee's latest contact is one step down session_attendance_episode
-- rather than a walk through all their sessions.
CREATE TABLE session_attendance (
    session_id INTEGER NOT NULL REFERENCES mentee_sessions (id),
    episode_id INTEGER NOT NULL REFERENCES mentee_episodes (id),
    attended   INTEGER NOT NULL DEFAULT 1 CHECK (attended IN (0, 1)),
    held_at    TEXT NOT NULL,
    PRIMARY KEY (session_id, episode_id)
) WITHOUT ROWID;
CREATE INDEX session_attendance_episode ON session_attendance (episode_id, attended, held_at);

CREATE TABLE follow_up_actions (
    id          INTEGER PRIMARY KEY,
    session_id  INTEGER NOT NULL REFERENCES mentee_sessions (id),
    description TEXT NOT NULL,
    due_on      TEXT NOT NULL,
    done_on     TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX follow_up_actions_session ON follow_up_actions (session_id);
CREATE INDEX follow_up_actions_due ON follow_up_actions (done_on, due_on);

CREATE TABLE check_ins (
    id                 INTEGER PRIMARY KEY,
    episode_id         INTEGER NOT NULL REFERENCES mentee_episodes (id),
    checked_on         TEXT NOT NULL,
    recorded_by        TEXT NOT NULL,
    wellbeing_rating   INTEGER CHECK (wellbeing_rating IS NULL OR wellbeing_rating BETWEEN 1 AND 10),
    self_harm          TEXT NOT NULL DEFAULT 'none' CHECK (self_harm IN ('none', 'thoughts', 'act')),
    suicidal           TEXT NOT NULL DEFAULT 'none' CHECK (suicidal IN ('none', 'thoughts', 'plans', 'attempt')),
    coping             TEXT NOT NULL DEFAULT '',
    protective_factors TEXT NOT NULL DEFAULT '',
    scale_name         TEXT NOT NULL DEFAULT '',   -- e.g. SWEMWBS; only totals are stored
    scale_total        INTEGER,
    notes              TEXT NOT NULL DEFAULT '',
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    deleted_at         TEXT,
    deleted_reason     TEXT
);
CREATE INDEX check_ins_episode ON check_ins (episode_id, checked_on);
CREATE INDEX check_ins_date ON check_ins (checked_on);

CREATE TABLE concerns (
    id          INTEGER PRIMARY KEY,
    episode_id  INTEGER NOT NULL REFERENCES mentee_episodes (id),
    raised_at   TEXT NOT NULL,
    source      TEXT NOT NULL CHECK (source IN ('check_in', 'session', 'staff')),
    check_in_id INTEGER REFERENCES check_ins (id),
    session_id  INTEGER REFERENCES mentee_sessions (id),
    description TEXT NOT NULL DEFAULT '',
    status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'reviewed')),
    raised_by   TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX concerns_episode ON concerns (episode_id, status);
CREATE INDEX concerns_open ON concerns (status, raised_at);
CREATE INDEX concerns_check_in ON concerns (check_in_id) WHERE check_in_id IS NOT NULL;

CREATE TABLE reviews (
    id             INTEGER PRIMARY KEY,
    episode_id     INTEGER NOT NULL REFERENCES mentee_episodes (id),
    concern_id     INTEGER REFERENCES concerns (id),
    reviewed_on    TEXT NOT NULL,
    reviewer       TEXT NOT NULL,
    outcome        TEXT NOT NULL CHECK (outcome IN ('no_further_action', 'monitor', 'referred_mental_health', 'acct_opened')),
    risk_level     TEXT NOT NULL CHECK (risk_level IN ('low', 'medium', 'high')),
    next_review_on TEXT,
    notes          TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL
);
CREATE INDEX reviews_episode ON reviews (episode_id, reviewed_on);
