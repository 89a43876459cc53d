-- Wingmate schema version 8: the personal content of audit events is sealed
-- per prisoner (see core/audit/PersonalSeal.h).
--
-- Each prisoner the trail describes has a random 32-byte key here. An
-- event's details keep entity ids, field names and counts readable; the
-- values that describe the person are encrypted (XChaCha20-Poly1305) under
-- a key of that event's own, which is in turn encrypted under the key of
-- every prisoner the event describes. The chain and the signatures cover
-- the sealed bytes. A retention purge destroys the keys of the prisoners it
-- deletes (seal_key set to NULL, in the same transaction), so what the trail
-- said about them can never be read again, though every event still
-- verifies. The row stays, to say when and why the content went.
--
-- A prisoner's id can be given to someone new once the old record is
-- purged, so events name the key row (id), not the prisoner.

CREATE TABLE prisoner_keys (
    id          INTEGER PRIMARY KEY,
    prisoner_id INTEGER NOT NULL,
    seal_key    BLOB CHECK (seal_key IS NULL OR length(seal_key) = 32),
    created_at  TEXT NOT NULL,
    erased_on   TEXT,  -- YYYY-MM-DD: the key was destroyed
    erased_why  TEXT,  -- 'retention_purge'
    CHECK ((seal_key IS NULL) = (erased_on IS NOT NULL))
) STRICT;

-- A prisoner has at most one key in use.
CREATE UNIQUE INDEX prisoner_keys_current ON prisoner_keys (prisoner_id) WHERE seal_key IS NOT NULL;
