-- Walkaway vault schema, version 1: her events and where each came from.
-- Never edit a released migration: add V<n+1>__what.sql instead (Flyway checks checksums, and
-- src/test/resources/vault/ keeps a vault made by every version to test upgrades against).

-- File names (or "logged by hand") stored once instead of on every event.
CREATE TABLE source (
  id   INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE
);

CREATE TABLE event (
  id          INTEGER PRIMARY KEY,
  at          INTEGER NOT NULL,  -- wall-clock time as the source shows it, seconds since 1970 read as UTC
  who         TEXT    NOT NULL,  -- Actor name: ME, THEM, OTHER
  kind        TEXT    NOT NULL,  -- Kind name, e.g. MESSAGE, MISSED_CALL
  channel     TEXT    NOT NULL,  -- Channel name, e.g. WHATSAPP
  text        TEXT    NOT NULL,
  source      INTEGER NOT NULL REFERENCES source (id),
  line        INTEGER NOT NULL,  -- line or record in the source, 0 when none
  seconds     INTEGER NOT NULL,  -- call duration, else 0
  fingerprint INTEGER NOT NULL,  -- the minute, then 33 bits of SHA-256 over who, kind and text
  occurrence  INTEGER NOT NULL   -- 0 for the first event with this fingerprint in a source, 1 for the next...
);

-- Re-importing the same or an overlapping export adds nothing, while genuine repeats within one
-- export (two "ok"s in the same minute) are kept: multiset semantics.
CREATE UNIQUE INDEX event_identity ON event (fingerprint, occurrence);
CREATE INDEX event_at ON event (at);
