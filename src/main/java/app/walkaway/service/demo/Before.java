package app.walkaway.service.demo;

import app.walkaway.analysis.Settings;
import app.walkaway.event.Questions;
import app.walkaway.service.demo.Exchanges.Block;
import app.walkaway.service.demo.Exchanges.Said;
import app.walkaway.service.demo.Exchanges.Window;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * The months before she stepped back, as the demo tells them: she opens most conversations and
 * answers within minutes; he answers hours later, briefly, and rarely starts one. Each block of
 * {@code before.txt} is used once, on a day and at times drawn from the seed.
 */
final class Before {
  /** How far back the chat goes: more than the read-out's twelve weeks of "before". */
  static final int DAYS = 119;

  /** The last {@code [late]} block falls this many days before the start, the others earlier. */
  private static final int LAST_LATE_DAY = -3;

  private static final int LATE_SPACING = 4;

  /** She opens from breakfast to late evening; he from late morning. */
  private static final Window HER_HOURS = new Window(LocalTime.of(7, 30), LocalTime.of(21, 30));

  private static final Window HIS_HOURS = new Window(LocalTime.of(10, 0), LocalTime.of(22, 0));
  private static final LocalTime WAKES = LocalTime.of(7, 0);
  private static final LocalTime SLEEPS = LocalTime.of(23, 40);

  /** A new conversation starts only after this much quiet (the analysis splits at six hours). */
  private static final Duration QUIET = Duration.ofHours(7);

  /** The silence after which the figures count the next message as a new conversation. */
  private static final Duration GAP = Settings.DEFAULT_GAP.minusMinutes(10);

  private final Random random;
  private LocalDateTime last = LocalDateTime.MIN;

  private Before(long seed) {
    this.random = new Random(seed);
  }

  /** Adds the months before {@code script}'s start day to it. */
  static void write(Script script, Exchanges exchanges, long seed) {
    new Before(seed).fill(script, exchanges);
  }

  private void fill(Script script, Exchanges exchanges) {
    List<Block> late = exchanges.section("late");
    int firstLate = LAST_LATE_DAY - LATE_SPACING * (late.size() - 1);
    int lastFree = firstLate - LATE_SPACING;
    Map<Integer, Block> byDay = new TreeMap<>();
    // His few openings spread evenly over the months (so the twelve weeks the read-out compares
    // with hold their fair share whatever the seed), hers on random days around them.
    List<Block> his = shuffled(exchanges.section("his"));
    int span = lastFree + DAYS + 1;
    for (int i = 0; i < his.size(); i++) {
      int day = -DAYS + (2 * i + 1) * span / (2 * his.size()) + random.nextInt(5) - 2;
      byDay.put(day, his.get(i));
    }
    List<Block> hers = shuffled(exchanges.section("her"));
    List<Integer> free = days(-DAYS, lastFree, byDay.keySet(), hers.size());
    for (int i = 0; i < hers.size(); i++) {
      byDay.put(free.get(i), hers.get(i));
    }
    for (int i = 0; i < late.size(); i++) {
      byDay.put(firstLate + LATE_SPACING * i, late.get(i));
    }
    byDay.forEach((day, block) -> conversation(script, day, block));
  }

  private List<Block> shuffled(List<Block> blocks) {
    List<Block> copy = new ArrayList<>(blocks);
    Collections.shuffle(copy, random);
    return copy;
  }

  /** {@code count} different days from {@code from} to {@code to} but {@code taken}, in order. */
  private List<Integer> days(int from, int to, Set<Integer> taken, int count) {
    List<Integer> all =
        new ArrayList<>(
            IntStream.rangeClosed(from, to).filter(d -> !taken.contains(d)).boxed().toList());
    if (all.size() < count) {
      throw new IllegalStateException(
          count + " conversations do not fit in " + all.size() + " days");
    }
    Collections.shuffle(all, random);
    List<Integer> chosen = new ArrayList<>(all.subList(0, count));
    Collections.sort(chosen);
    return chosen;
  }

  private void conversation(Script script, int day, Block block) {
    Window window = block.window().orElse(block.hers() ? HER_HOURS : HIS_HOURS);
    int from = window.from().toSecondOfDay() / 60;
    int span = window.to().toSecondOfDay() / 60 - from;
    LocalDateTime at = script.at(day, "00:00").plusMinutes(from + random.nextInt(span));
    at = awake(later(at, last.plus(QUIET)));
    List<Said> said = block.messages();
    script.add(new ChatLine(at, block.hers(), said.get(0).text()));
    for (int i = 1; i < said.size(); i++) {
      boolean mine = said.get(i).mine();
      LocalDateTime previous = at;
      at = awake(at.plus(delay(mine, mine == said.get(i - 1).mine())));
      if (!mine && !waits(said, i - 1) && Duration.between(previous, at).compareTo(GAP) >= 0) {
        // A reply this late to words that wait for nothing would be him starting a new
        // conversation, by the figures' rule; in the story he just answers, so he was on his phone.
        at = previous.plusMinutes(10 + random.nextInt(30));
      }
      script.add(new ChatLine(at, mine, said.get(i).text()));
    }
    last = at;
  }

  /**
   * Whether the run of messages by one person that ends at {@code i} waits for an answer past the
   * gap: it opened the conversation, or asks something (the figures' rule).
   */
  private static boolean waits(List<Said> block, int i) {
    for (int j = i; j >= 0 && block.get(j).mine() == block.get(i).mine(); j--) {
      if (j == 0 || Questions.asks(block.get(j).text())) {
        return true;
      }
    }
    return false;
  }

  /**
   * How long after the previous message this one comes: a minute or two from the same person; a few
   * minutes when she answers; when he answers, hours (a median of about two and a half, spread as
   * reply times are: most within the day, a few the next).
   */
  private Duration delay(boolean mine, boolean sameSender) {
    if (sameSender) {
      return Duration.ofSeconds(20 + random.nextInt(100));
    }
    if (mine) {
      return Duration.ofMinutes(1 + random.nextInt(12));
    }
    double minutes = Math.exp(Math.log(150) + 0.8 * random.nextGaussian());
    return Duration.ofMinutes(Math.round(Math.max(15, Math.min(600, minutes))));
  }

  /** Nobody writes in the night here: a message that would is sent the next morning. */
  private LocalDateTime awake(LocalDateTime at) {
    LocalTime time = at.toLocalTime();
    if (!time.isBefore(WAKES) && !time.isAfter(SLEEPS)) {
      return at;
    }
    LocalDateTime morning = at.toLocalDate().atTime(WAKES);
    if (time.isAfter(SLEEPS)) {
      morning = morning.plusDays(1);
    }
    return morning.plusMinutes(5 + random.nextInt(90));
  }

  private static LocalDateTime later(LocalDateTime a, LocalDateTime b) {
    return a.isAfter(b) ? a : b;
  }
}
