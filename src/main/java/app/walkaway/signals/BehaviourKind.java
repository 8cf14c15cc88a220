package app.walkaway.signals;

/** Patterns in what he does, read from the timeline rather than from his words. */
public enum BehaviourKind {
  /** Several calls or missed calls from him in a short window. */
  CALL_BURST,
  /** Many of his messages in a row, unanswered, within a short window. */
  MESSAGE_FLOOD,
  /** Contact from him between midnight and 5 in the morning on several nights. */
  LATE_NIGHT,
  /** Contact from him after she asked him to stop. */
  AFTER_BOUNDARY,
  /** He turned up in person. */
  SHOWED_UP,
  /** He reached her, or asked about her, through friends. */
  VIA_FRIENDS
}
