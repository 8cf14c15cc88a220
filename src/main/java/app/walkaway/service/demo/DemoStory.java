package app.walkaway.service.demo;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Which story the demo tells about his response after she stepped back. */
public enum DemoStory {
  /** He starts to reach for her: warm messages, a couple of calls, a story view. */
  CHASING,
  /** He goes quiet: after a curt reply, weeks of nothing. */
  SILENCE,
  /** He turns threatening: pressure, a burst of calls, a threat, he turns up at her work. */
  UNSAFE;

  /** The name on the command line: {@code chasing}, {@code silence}, {@code unsafe}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads a {@link #label()}, ignoring case and surrounding spaces. */
  public static Optional<DemoStory> fromLabel(String label) {
    String wanted = label.strip().toUpperCase(Locale.ROOT);
    return Arrays.stream(values()).filter(story -> story.name().equals(wanted)).findFirst();
  }

  /** Every label, for a message that lists them: "chasing, silence or unsafe". */
  public static String labels() {
    String all = Arrays.stream(values()).map(DemoStory::label).collect(Collectors.joining(", "));
    int last = all.lastIndexOf(", ");
    return all.substring(0, last) + " or " + all.substring(last + 2);
  }
}
