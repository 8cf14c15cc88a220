-- Walkaway vault schema, version 4: evidence as a tamper-evident chain, the risk screen, and the
-- SHA-256 of every imported file.

-- One row per evidence entry, numbered from 1 in the order recorded. Each entry is sealed by
-- app.walkaway.safety.evidence.Chain: hash = SHA-256 over prev_hash and the entry's canonical
-- encoding. Entries are never changed or removed (the triggers below refuse it): a correction is a
-- new entry whose refers_to names the old one. prev_hash and hash are NULL only while an entry
-- carried over from version 3 or restored from an export awaits its seal; Walkaway seals those
-- the next time it reads the journal, and says so. There is no unique index: she may record the
-- same thing twice, and both are kept.
CREATE TABLE evidence_entry (
  seq               INTEGER PRIMARY KEY,
  recorded_at       INTEGER NOT NULL,  -- local wall-clock seconds, as event.at
  occurred_at       INTEGER NOT NULL,
  kind              TEXT    NOT NULL,  -- e.g. threat, unwanted-visit (or her word from version 3)
  channel           TEXT    NOT NULL DEFAULT '',
  what              TEXT    NOT NULL,  -- her words
  his_identifier    TEXT    NOT NULL DEFAULT '',
  place             TEXT    NOT NULL DEFAULT '',
  witnesses         TEXT    NOT NULL DEFAULT '',
  injuries          TEXT    NOT NULL DEFAULT '',
  medical           TEXT    NOT NULL DEFAULT '',
  police_reference  TEXT    NOT NULL DEFAULT '',
  refers_to         INTEGER REFERENCES evidence_entry (seq),
  relation          TEXT,              -- corrects or adds-to, with refers_to
  quote_text        TEXT,              -- his message, when the entry quotes one
  quote_source      TEXT,
  quote_line        INTEGER,
  quote_file_sha256 TEXT,
  quote_at          INTEGER,
  prev_hash         TEXT,
  hash              TEXT
);

-- Files kept with an entry (screenshots, photos), inside the encrypted vault. sha256 and content
-- are NULL for a name alone, as version 2 kept (it stored names, not files).
CREATE TABLE evidence_attachment (
  id       INTEGER PRIMARY KEY,
  entry    INTEGER NOT NULL REFERENCES evidence_entry (seq),
  position INTEGER NOT NULL,
  name     TEXT    NOT NULL,
  sha256   TEXT,
  size     INTEGER NOT NULL,
  content  BLOB,
  UNIQUE (entry, position)
);

-- Every item of version 2's evidence list becomes an entry, in time order, awaiting its seal. Its
-- category becomes the kind; when it was first written was not kept, so recorded_at is the moment
-- of this upgrade: when it entered the sealed journal.
INSERT INTO evidence_entry (seq, recorded_at, occurred_at, kind, what)
SELECT row_number() OVER (ORDER BY at, id),
       CAST(strftime('%s', 'now', 'localtime') AS INTEGER),
       at,
       CASE WHEN trim(category) = '' THEN 'other' ELSE trim(category) END,
       text
FROM evidence;

INSERT INTO evidence_attachment (entry, position, name, size)
SELECT numbered.seq, 0, numbered.attachment, 0
FROM (SELECT row_number() OVER (ORDER BY at, id) AS seq, attachment FROM evidence) AS numbered
WHERE numbered.attachment <> '';

DROP TABLE evidence;

CREATE TRIGGER evidence_entry_never_changes BEFORE UPDATE ON evidence_entry
WHEN OLD.hash IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'evidence entries are never changed: record a correction instead');
END;

CREATE TRIGGER evidence_entry_never_removed BEFORE DELETE ON evidence_entry
BEGIN
  SELECT RAISE(ABORT, 'evidence entries are never removed');
END;

CREATE TRIGGER evidence_attachment_never_changes BEFORE UPDATE ON evidence_attachment
BEGIN
  SELECT RAISE(ABORT, 'kept files are never changed');
END;

CREATE TRIGGER evidence_attachment_never_removed BEFORE DELETE ON evidence_attachment
BEGIN
  SELECT RAISE(ABORT, 'kept files are never removed');
END;

-- The SHA-256 of each imported file's bytes, so a quoted message can be traced to the exact file.
-- NULL for files imported before version 4, and for "logged by hand".
ALTER TABLE source ADD COLUMN sha256 TEXT;

-- Each time she answers the risk screen: when, her answers (a small JSON document) and the outcome.
CREATE TABLE risk_screen (
  id      INTEGER PRIMARY KEY,
  at      INTEGER NOT NULL,
  answers TEXT    NOT NULL,
  outcome TEXT    NOT NULL
);
