package app.walkaway.analysis;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * What an analysis needs beyond the events.
 *
 * @param gap silence after which the next message opens a new conversation
 * @param start the day she stepped back, if any: splits the history into before (earlier than that
 *     day's 00:00) and after (from that day's 00:00 until {@code now})
 * @param now the moment the analysis is made; closes the last period so silence counts. Callers
 *     read the clock once and pass it in; nothing here reads a clock.
 */
public record Settings(Duration gap, Optional<LocalDate> start, LocalDateTime now) {
  /** Roughly a night's sleep or a working day apart: the next message opens a new exchange. */
  public static final Duration DEFAULT_GAP = Duration.ofHours(6);

  /** A reply later than this counts as no reply; a message without one in time is unanswered. */
  public static final Duration REPLY_WINDOW = Duration.ofHours(48);

  /** Writing again at least this long after one's own unanswered message is a double-text. */
  public static final Duration DOUBLE_TEXT_AFTER = Duration.ofHours(1);

  public Settings {
    Objects.requireNonNull(gap, "gap");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(now, "now");
    if (gap.isNegative() || gap.isZero()) {
      throw new IllegalArgumentException("gap must be positive: " + gap);
    }
    if (start.isPresent() && start.get().atStartOfDay().isAfter(now)) {
      throw new IllegalArgumentException("start " + start.get() + " is after now " + now);
    }
  }

  public static Settings of(LocalDateTime now) {
    return new Settings(DEFAULT_GAP, Optional.empty(), now);
  }

  public Settings withStart(LocalDate day) {
    return new Settings(gap, Optional.of(day), now);
  }

  public Settings withGap(Duration newGap) {
    return new Settings(newGap, start, now);
  }

  /** The first moment of the after period, when there is one. */
  public Optional<LocalDateTime> split() {
    return start.map(LocalDate::atStartOfDay);
  }
}
