package app.walkaway.event;

/** Who an event belongs to, seen from the user's side. */
public enum Actor {
  /** The user herself. */
  ME,
  /** The person she is stepping back from. */
  THEM,
  /** Anyone else: a friend passing word, a group member, the app itself. */
  OTHER
}
