package app.walkaway.cli;

import app.walkaway.event.Event;
import app.walkaway.vault.Vault;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.List;

/**
 * How much history {@code readout} and {@code today} read: the {@link #BASELINE} before her start
 * day, and everything since. Why a bounded baseline: "before" should describe him in the months
 * before she stepped back, not averaged with years-old history (a chat from a decade ago says
 * little about how he answers now); and a vault holding a lifetime of messages is then read in a
 * fraction of a second through the index on time. The window also covers what {@code today}'s rules
 * need from before the start: the silence before her first contact (hours) and a recent "please
 * stop" (a boundary older than the window is not counted).
 */
final class HistoryWindow {
  /** Longer than the read-out's eight weeks of "recent" insults and pressure. */
  static final Period BASELINE = Period.ofWeeks(12);

  private HistoryWindow() {}

  /** The first moment read for a plan that starts on {@code start}. */
  static LocalDateTime from(LocalDate start) {
    return start.atStartOfDay().minus(BASELINE);
  }

  /** The events from {@link #from} on, in time order. */
  static List<Event> read(Vault vault, LocalDate start) {
    return vault.events().since(from(start));
  }

  /** The sentence that says so in the read-out. */
  static String note(LocalDate start) {
    return "\"Before\" means the 12 weeks before "
        + start
        + " (from "
        + from(start).toLocalDate()
        + "): how he was"
        + System.lineSeparator()
        + "just before you stepped back, not years-old history.";
  }
}
