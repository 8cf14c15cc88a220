package app.walkaway.service;

import app.walkaway.event.Actor;
import app.walkaway.event.Event;
import app.walkaway.event.Kind;
import app.walkaway.vault.Vault;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * How much history {@code readout} and {@code today} read: the {@link #BASELINE} before her start
 * day, and everything since. Why a bounded baseline: "before" should describe him in the months
 * before she stepped back, not averaged with years-old history (a chat from a decade ago says
 * little about how he answers now); and a vault holding a lifetime of messages is then read in a
 * fraction of a second through the index on time. The window also covers what {@code today}'s rules
 * need from before the start (the silence before her first contact, hours). What counts from any
 * time comes from {@link #stillCounted}, read through the vault's indexes.
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
  static List<Event> recent(Vault vault, LocalDate start) {
    return vault.events().since(from(start));
  }

  /**
   * The few older events that still count, whatever their age: his words read as a threat, stalking
   * or self-harm (and other red flags), her first "please stop", and his last contact before the
   * window (for how long he has been silent). Found through indexes, not by reading.
   */
  static List<Event> stillCounted(Vault vault, LocalDate start) {
    LocalDateTime from = from(start);
    List<Event> older = new ArrayList<>(vault.events().flaggedBefore(from));
    vault.events().findFirstBefore(Kind.BOUNDARY, from).ifPresent(older::add);
    vault.events().findLastContactBefore(Actor.THEM, from).ifPresent(older::add);
    // Sorting is stable: events in the same second keep the order they were stored in.
    return older.stream().distinct().sorted().toList();
  }

  /** {@link #stillCounted} then {@link #recent}: one timeline in time order. */
  static List<Event> timeline(List<Event> stillCounted, List<Event> recent) {
    List<Event> all = new ArrayList<>(stillCounted.size() + recent.size());
    all.addAll(stillCounted);
    all.addAll(recent);
    return all;
  }
}
