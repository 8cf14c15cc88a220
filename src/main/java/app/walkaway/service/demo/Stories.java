package app.walkaway.service.demo;

import java.time.LocalDate;
import java.util.Objects;

/** Writes the demo's story: the same months before, then the weeks after as the story goes. */
final class Stories {
  static final String HER = "Clara";
  static final String HIM = "Jonas";

  /**
   * Days from her start day to the day the demo is made: five weeks of his response to read, and a
   * day or two of quiet at the end so nothing is dated later than "now" at any hour.
   */
  static final int DAYS_SINCE_START = 36;

  /** The calm exit message she sent the evening before her first day (METHOD.md §1). */
  static final String EXIT_MESSAGE =
      "Hi Jonas. I've been thinking a lot these past weeks and I need some time and space for"
          + " myself. I'm not angry, and this isn't a game. I just need to stop waiting and look"
          + " after me for a while, so I won't be in touch. Take care of yourself.";

  private Stories() {}

  static Story write(DemoStory which, long seed, LocalDate today) {
    Objects.requireNonNull(which, "which");
    Script script = new Script(today.minusDays(DAYS_SINCE_START));
    Before.write(script, Exchanges.load(), seed);
    script.me(-1, "19:32", EXIT_MESSAGE);
    switch (which) {
      case CHASING -> Chasing.write(script);
      case SILENCE -> Silence.write(script);
      case UNSAFE -> Unsafe.write(script);
    }
    return script.story(HER, HIM);
  }
}
