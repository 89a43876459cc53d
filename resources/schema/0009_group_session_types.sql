-- Wingmate schema version 9: a group session is never of the type "1:1".
--
-- Before this version the session dialog could save a group (a register of
-- several mentees) with its type left at 1:1, and the monthly return, which
-- counts sessions by type, counted it among the 1:1 sessions. Such sessions
-- are listed here. The first sign-in after the upgrade gives each the
-- wing's group type as an audited correction, with its reason, and removes
-- its row (core/services/RecordRepairs); the table then stays empty, as it
-- does in a vault made at this version.

CREATE TABLE pending_repairs (
    id        INTEGER PRIMARY KEY,
    repair    TEXT NOT NULL CHECK (repair IN ('group_session_type')),
    record_id INTEGER NOT NULL
) STRICT;

INSERT INTO pending_repairs (repair, record_id)
SELECT 'group_session_type', id
  FROM mentee_sessions
 WHERE is_group = 1 AND session_type = '1:1' AND deleted_at IS NULL;
