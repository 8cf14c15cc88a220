-- Walkaway vault schema, version 2: her plan, journal and evidence.

-- The plan and readiness answers as keys and values (values are usually small JSON documents),
-- so the method can grow without a migration per field.
CREATE TABLE plan (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE journal (
  id   INTEGER PRIMARY KEY,
  at   INTEGER NOT NULL,  -- local wall-clock seconds, as event.at
  text TEXT    NOT NULL
);
CREATE UNIQUE INDEX journal_identity ON journal (at, text);

-- Things she keeps as evidence (for safety): what happened, when, and an optional attachment name.
CREATE TABLE evidence (
  id         INTEGER PRIMARY KEY,
  at         INTEGER NOT NULL,
  category   TEXT    NOT NULL,
  text       TEXT    NOT NULL,
  attachment TEXT    NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX evidence_identity ON evidence (at, category, text);
