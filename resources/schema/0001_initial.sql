-- Wingmate schema version 1: the vault's own facts, wing settings and staff
-- accounts. Runs inside one transaction.

CREATE TABLE vault_info (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Wing policy (establishment, session types, idle lock minutes, ...).
-- Every change is audited by the service that makes it.
CREATE TABLE settings (
    key        TEXT PRIMARY KEY NOT NULL,
    value      TEXT NOT NULL,
    updated_at TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE users (
    id                   INTEGER PRIMARY KEY,
    username             TEXT NOT NULL UNIQUE COLLATE NOCASE
                         CHECK (length(username) BETWEEN 1 AND 64),
    display_name         TEXT NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
    role                 TEXT NOT NULL
                         CHECK (role IN ('support_worker', 'mental_health_nurse', 'administrator')),
    active               INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    last_login_at        TEXT
);
