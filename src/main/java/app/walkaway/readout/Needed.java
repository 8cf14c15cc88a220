package app.walkaway.readout;

/** What more a read-out needs before it can say more, as data. */
public sealed interface Needed {

  /** This many more days. */
  record MoreDays(int days) implements Needed {}

  /** A stretch of chat from before her start, to compare with. */
  record ChatBeforeStart() implements Needed {}

  /** At least this many more conversations started by him. */
  record MoreConversations(int count) implements Needed {}

  /** More time: what he does so far is too close to how he was before. */
  record MoreTime() implements Needed {}

  /** This many days in a row without her reaching out first. */
  record DaysWithoutReachingOut(int days) implements Needed {}
}
