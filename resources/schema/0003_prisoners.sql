-- Wingmate schema version 3: prisoners, who may be mentees, mentors or both.
-- Deletes are soft (deleted_at + reason); only the retention purge removes rows.

CREATE TABLE prisoners (
    id               INTEGER PRIMARY KEY,
    prison_number    TEXT NOT NULL CHECK (length(prison_number) = 7),
    full_name        TEXT NOT NULL,
    search_key       TEXT NOT NULL,          -- folded name: lower case, no accents
    date_of_birth    TEXT,                   -- YYYY-MM-DD
    location         TEXT NOT NULL DEFAULT '',
    expected_release TEXT,                   -- YYYY-MM-DD
    status           TEXT NOT NULL DEFAULT 'in_custody'
                     CHECK (status IN ('in_custody', 'transferred', 'released')),
    status_date      TEXT,                   -- when transferred or released
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    deleted_at       TEXT,
    deleted_reason   TEXT
);

-- A prison number belongs to one living record.
CREATE UNIQUE INDEX prisoners_number ON prisoners (prison_number) WHERE deleted_at IS NULL;
CREATE INDEX prisoners_search ON prisoners (search_key);
