package app.walkaway.service;

import app.walkaway.event.Actor;
import app.walkaway.event.Kind;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which part of her timeline to show: newest first, one page at a time.
 *
 * @param kinds only these kinds; empty for every kind
 * @param who only these people's events; empty for everyone's
 * @param from the first day shown, if any
 * @param to the last day shown (the whole day), if any
 * @param onlyRedFlags only events whose words were read as a red flag
 * @param page which page, from 0 (the newest)
 * @param pageSize events on a page, 1 to {@link #MAX_PAGE_SIZE}
 */
public record TimelineQuery(
    Set<Kind> kinds,
    Set<Actor> who,
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    boolean onlyRedFlags,
    int page,
    int pageSize) {
  public static final int DEFAULT_PAGE_SIZE = 50;
  public static final int MAX_PAGE_SIZE = 500;

  public TimelineQuery {
    kinds = Set.copyOf(Objects.requireNonNull(kinds, "kinds"));
    who = Set.copyOf(Objects.requireNonNull(who, "who"));
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (page < 0) {
      throw new IllegalArgumentException("page must be 0 or more: " + page);
    }
    if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException(
          "pageSize must be from 1 to " + MAX_PAGE_SIZE + ": " + pageSize);
    }
  }

  /** Everything, newest first, the first page. */
  public static TimelineQuery all() {
    return new TimelineQuery(
        Set.of(), Set.of(), Optional.empty(), Optional.empty(), false, 0, DEFAULT_PAGE_SIZE);
  }

  public TimelineQuery withKinds(Set<Kind> only) {
    return new TimelineQuery(only, who, from, to, onlyRedFlags, 0, pageSize);
  }

  public TimelineQuery withWho(Set<Actor> only) {
    return new TimelineQuery(kinds, only, from, to, onlyRedFlags, 0, pageSize);
  }

  public TimelineQuery between(Optional<LocalDate> first, Optional<LocalDate> last) {
    return new TimelineQuery(kinds, who, first, last, onlyRedFlags, 0, pageSize);
  }

  public TimelineQuery withOnlyRedFlags(boolean only) {
    return new TimelineQuery(kinds, who, from, to, only, 0, pageSize);
  }

  public TimelineQuery page(int number) {
    return new TimelineQuery(kinds, who, from, to, onlyRedFlags, number, pageSize);
  }

  public TimelineQuery pageSize(int size) {
    return new TimelineQuery(kinds, who, from, to, onlyRedFlags, page, size);
  }
}
