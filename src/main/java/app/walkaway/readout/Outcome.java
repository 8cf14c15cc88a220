package app.walkaway.readout;

/** The one answer a read-out gives, in the order they are checked. */
public enum Outcome {
  /** A threat, stalking, a self-harm threat, or repeated insults or pressure: safety first. */
  UNSAFE,
  /** He said goodbye or that he has someone new. */
  MOVING_ON,
  /** His warm bids or the conversations he starts clearly rose after her start. */
  CHASING,
  /** Two weeks or more and no warm bid; his initiations flat or gone. */
  INDIFFERENT,
  /** Not enough time or evidence yet; the read-out says how much more is needed. */
  TOO_EARLY
}
