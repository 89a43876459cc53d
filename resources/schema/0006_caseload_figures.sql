-- Wingmate schema version 6: each mentee episode carries the figures the
-- caseload shows for it, so the caseload reads one row per episode instead
-- of searching sessions, check-ins and concerns for each one.
--
--   last_contact_at   latest held_at among the episode's attended register
--                     rows whose session is not deleted; NULL if none
--   last_check_in_id  the newest check-in not deleted, by checked_on then
--                     id; NULL if none
--   open_concerns     how many of its concerns wait for review
--
-- They are derived, never written by the services: the triggers below
-- recompute them from the records whenever a row they depend on is added,
-- changed or removed, whoever writes it (services, transfer import,
-- retention purge). Each figure is defined once, by a view over the records
-- with one row per episode; asked for one episode, each is a few steps down
-- an index.

ALTER TABLE mentee_episodes ADD COLUMN last_contact_at TEXT;
ALTER TABLE mentee_episodes ADD COLUMN last_check_in_id INTEGER;
ALTER TABLE mentee_episodes ADD COLUMN open_concerns INTEGER NOT NULL DEFAULT 0;

CREATE VIEW episode_last_contact (episode_id, held_at) AS
SELECT e.id,
       (SELECT a.held_at FROM session_attendance a JOIN mentee_sessions s ON s.id = a.session_id
         WHERE a.episode_id = e.id AND a.attended = 1 AND s.deleted_at IS NULL
         ORDER BY a.held_at DESC LIMIT 1)
  FROM mentee_episodes e;

CREATE VIEW episode_latest_check_in (episode_id, check_in_id) AS
SELECT e.id,
       (SELECT c.id FROM check_ins c WHERE c.episode_id = e.id AND c.deleted_at IS NULL
         ORDER BY c.checked_on DESC, c.id DESC LIMIT 1)
  FROM mentee_episodes e;

CREATE VIEW episode_open_concerns (episode_id, open_concerns) AS
SELECT e.id, (SELECT count(*) FROM concerns k WHERE k.episode_id = e.id AND k.status = 'open')
  FROM mentee_episodes e;

UPDATE mentee_episodes SET
    last_contact_at = (SELECT held_at FROM episode_last_contact WHERE episode_id = mentee_episodes.id),
    last_check_in_id = (SELECT check_in_id FROM episode_latest_check_in WHERE episode_id = mentee_episodes.id),
    open_concerns = (SELECT open_concerns FROM episode_open_concerns WHERE episode_id = mentee_episodes.id);

-- Last contact: the register, and the sessions it points to.

CREATE TRIGGER episode_contact_attendance_added AFTER INSERT ON session_attendance
WHEN NEW.attended = 1
BEGIN
    UPDATE mentee_episodes SET last_contact_at =
        (SELECT held_at FROM episode_last_contact WHERE episode_id = mentee_episodes.id)
     WHERE id = NEW.episode_id;
END;

CREATE TRIGGER episode_contact_attendance_removed AFTER DELETE ON session_attendance
WHEN OLD.attended = 1
BEGIN
    UPDATE mentee_episodes SET last_contact_at =
        (SELECT held_at FROM episode_last_contact WHERE episode_id = mentee_episodes.id)
     WHERE id = OLD.episode_id;
END;

CREATE TRIGGER episode_contact_attendance_changed AFTER UPDATE OF session_id, episode_id, attended, held_at
ON session_attendance
BEGIN
    UPDATE mentee_episodes SET last_contact_at =
        (SELECT held_at FROM episode_last_contact WHERE episode_id = mentee_episodes.id)
     WHERE id IN (OLD.episode_id, NEW.episode_id);
END;

-- The register repeats its session's held_at; a session moved in time moves
-- its register with it (which in turn runs the trigger above).
CREATE TRIGGER session_attendance_follows_held_at AFTER UPDATE OF held_at ON mentee_sessions
WHEN NEW.held_at IS NOT OLD.held_at
BEGIN
    UPDATE session_attendance SET held_at = NEW.held_at WHERE session_id = NEW.id;
END;

CREATE TRIGGER episode_contact_session_deleted AFTER UPDATE OF deleted_at ON mentee_sessions
WHEN (OLD.deleted_at IS NULL) <> (NEW.deleted_at IS NULL)
BEGIN
    UPDATE mentee_episodes SET last_contact_at =
        (SELECT held_at FROM episode_last_contact WHERE episode_id = mentee_episodes.id)
     WHERE id IN (SELECT episode_id FROM session_attendance WHERE session_id = NEW.id AND attended = 1);
END;

-- A session removed outright normally has no register left (foreign keys);
-- if it has, its rows no longer count.
CREATE TRIGGER episode_contact_session_removed AFTER DELETE ON mentee_sessions
BEGIN
    UPDATE mentee_episodes SET last_contact_at =
        (SELECT held_at FROM episode_last_contact WHERE episode_id = mentee_episodes.id)
     WHERE id IN (SELECT episode_id FROM session_attendance WHERE session_id = OLD.id AND attended = 1);
END;

-- Latest check-in.

CREATE TRIGGER episode_check_in_added AFTER INSERT ON check_ins
WHEN NEW.deleted_at IS NULL
BEGIN
    UPDATE mentee_episodes SET last_check_in_id =
        (SELECT check_in_id FROM episode_latest_check_in WHERE episode_id = mentee_episodes.id)
     WHERE id = NEW.episode_id;
END;

CREATE TRIGGER episode_check_in_removed AFTER DELETE ON check_ins
WHEN OLD.deleted_at IS NULL
BEGIN
    UPDATE mentee_episodes SET last_check_in_id =
        (SELECT check_in_id FROM episode_latest_check_in WHERE episode_id = mentee_episodes.id)
     WHERE id = OLD.episode_id;
END;

CREATE TRIGGER episode_check_in_changed AFTER UPDATE OF id, episode_id, checked_on, deleted_at ON check_ins
BEGIN
    UPDATE mentee_episodes SET last_check_in_id =
        (SELECT check_in_id FROM episode_latest_check_in WHERE episode_id = mentee_episodes.id)
     WHERE id IN (OLD.episode_id, NEW.episode_id);
END;

-- Concerns waiting for review.

CREATE TRIGGER episode_concern_added AFTER INSERT ON concerns
WHEN NEW.status = 'open'
BEGIN
    UPDATE mentee_episodes SET open_concerns =
        (SELECT open_concerns FROM episode_open_concerns WHERE episode_id = mentee_episodes.id)
     WHERE id = NEW.episode_id;
END;

CREATE TRIGGER episode_concern_removed AFTER DELETE ON concerns
WHEN OLD.status = 'open'
BEGIN
    UPDATE mentee_episodes SET open_concerns =
        (SELECT open_concerns FROM episode_open_concerns WHERE episode_id = mentee_episodes.id)
     WHERE id = OLD.episode_id;
END;

CREATE TRIGGER episode_concern_changed AFTER UPDATE OF episode_id, status ON concerns
BEGIN
    UPDATE mentee_episodes SET open_concerns =
        (SELECT open_concerns FROM episode_open_concerns WHERE episode_id = mentee_episodes.id)
     WHERE id IN (OLD.episode_id, NEW.episode_id);
END;
