-- Wingmate schema version 7: every commit's audit head is signed by the
-- person who made it (see core/audit/AuditLog.h).
--
-- A row here says: the events first_seq to seq were committed together by
-- the holder of signer (an Ed25519 public key of a key slot), who signed
--   "wingmate-audit-sign-v1" || vault id (16 bytes) || first_seq (u64 LE)
--   || seq (u64 LE) || hash
-- where hash is the chain hash of event seq, which covers every event
-- before it. first_seq is the event after the previous signed seq (1 for
-- the first signed commit, which on a trail begun before signing vouches
-- for every earlier event). Whose key is whose is itself on the trail: 'signing_key'
-- events, recorded by an administrator or, for a key made for a slot from
-- before signing keys, by its holder.

CREATE TABLE audit_signatures (
    seq       INTEGER PRIMARY KEY, -- an audit_events seq
    first_seq INTEGER NOT NULL CHECK (first_seq BETWEEN 1 AND seq),
    signer    BLOB NOT NULL CHECK (length(signer) = 32),
    signature BLOB NOT NULL CHECK (length(signature) = 64)
) STRICT;

CREATE TRIGGER audit_signatures_never_updated BEFORE UPDATE ON audit_signatures
BEGIN
    SELECT RAISE(ABORT, 'audit signatures are never changed');
END;

CREATE TRIGGER audit_signatures_never_deleted BEFORE DELETE ON audit_signatures
BEGIN
    SELECT RAISE(ABORT, 'audit signatures are never deleted');
END;

-- Finding a person's current signing key at sign-in without reading the
-- whole trail: only the few 'signing_key' events are in this index.
CREATE INDEX audit_events_signing_keys ON audit_events (entity_id, seq) WHERE action = 'signing_key';
