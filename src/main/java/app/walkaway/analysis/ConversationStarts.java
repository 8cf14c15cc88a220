package app.walkaway.analysis;

/**
 * Told each time a conversation opens, as the figures count it: for a caller that wants the
 * openings over time (a chart of who started conversations week by week), not only their sum.
 */
@FunctionalInterface
public interface ConversationStarts {
  /** Hears nothing: what the figures alone use. */
  ConversationStarts NONE = (seconds, who) -> {};

  /**
   * @param seconds the opening item's wall-clock time, seconds since 1970-01-01T00:00 read as UTC
   * @param who who opened it
   */
  void started(long seconds, Person who);
}
