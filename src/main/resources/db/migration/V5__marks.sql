-- Walkaway vault schema, version 5: her own marks on his messages.

-- She can mark any of his messages as a red flag, warm, or not a signal; her mark wins over the
-- word rules. Keyed like the event itself (fingerprint + occurrence, see V1), not by row id, so a
-- re-import of the same or an overlapping export finds the same event and keeps her mark.
CREATE TABLE mark (
  fingerprint INTEGER NOT NULL,
  occurrence  INTEGER NOT NULL,
  mark        TEXT    NOT NULL,  -- Mark name: RED_FLAG, WARM, NOT_A_SIGNAL
  marked_at   INTEGER NOT NULL,  -- when she marked it, local wall-clock seconds as event.at
  PRIMARY KEY (fingerprint, occurrence)
) WITHOUT ROWID;
