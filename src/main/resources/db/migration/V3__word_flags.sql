-- Walkaway vault schema, version 3: his words read as red flags, found once when stored.

-- The read-out counts a threat, stalking or a threat of self-harm from any time, however old. So
-- that it need not read a lifetime of messages on every run, each event's red-flag kinds (by the
-- signals lexicons) are kept here, keyed like the event itself: a re-imported event is ignored
-- together with its flags.
CREATE TABLE word_flag (
  fingerprint INTEGER NOT NULL,
  occurrence  INTEGER NOT NULL,
  kind        TEXT    NOT NULL,  -- SignalKind name, e.g. THREAT
  PRIMARY KEY (fingerprint, occurrence, kind)
) WITHOUT ROWID;

-- Which lexicons the flags were read with (a digest of their files). Events stored before this
-- version, and all of them again when a newer Walkaway ships changed lexicons, are read once on the
-- next open (see WordFlags).
CREATE TABLE word_flag_read (
  lexicons TEXT NOT NULL
);
INSERT INTO word_flag_read VALUES ('');

-- Her "please stop" (a BOUNDARY) counts from any time too; only events that are not messages are
-- indexed, so an import of messages does not pay for it.
CREATE INDEX event_not_message ON event (kind, at) WHERE kind <> 'MESSAGE';
