package app.walkaway.service;

import app.walkaway.event.Actor;
import app.walkaway.event.Event;
import app.walkaway.event.Kind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Her timeline, imported and logged events together, a page at a time. The filter runs over the
 * session's in-memory columns (a byte or two per event, so a million events take a few
 * milliseconds); only the page's own events are read from the vault, with their texts.
 */
public final class Timeline {
  private Timeline() {}

  public static TimelinePage page(VaultSession session, TimelineQuery query) {
    Objects.requireNonNull(query, "query");
    EventColumns columns = session.columns();
    Filter filter = new Filter(query);
    int first = query.from().map(day -> columns.firstAtOrAfter(seconds(day))).orElse(0);
    int end =
        query
            .to()
            .map(day -> columns.firstAtOrAfter(seconds(day.plusDays(1))))
            .orElse(columns.size);
    long skip = (long) query.page() * query.pageSize();
    long total = 0;
    long[] ids = new long[query.pageSize()];
    int[] rows = new int[query.pageSize()];
    int taken = 0;
    for (int row = end - 1; row >= first; row--) {
      if (filter.matches(columns, row)) {
        if (total >= skip && taken < ids.length) {
          rows[taken] = row;
          ids[taken++] = columns.id[row];
        }
        total++;
      }
    }
    return new TimelinePage(items(session, columns, rows, Arrays.copyOf(ids, taken)), query, total);
  }

  private static List<TimelinePage.Item> items(
      VaultSession session, EventColumns columns, int[] rows, long[] ids) {
    if (ids.length == 0) {
      return List.of();
    }
    Map<Long, Event> events = session.read(vault -> vault.events().byIds(ids));
    List<TimelinePage.Item> items = new ArrayList<>(ids.length);
    for (int i = 0; i < ids.length; i++) {
      Event event = events.get(ids[i]);
      if (event != null) { // always there: events are never deleted while a session is open
        items.add(new TimelinePage.Item(ids[i], event, columns.wordFlags(rows[i])));
      }
    }
    return items;
  }

  private static long seconds(LocalDate day) {
    return EventColumns.seconds(day.atStartOfDay());
  }

  /** The query as bit masks, tested per row without boxing. */
  private static final class Filter {
    private final int kinds;
    private final int who;
    private final boolean onlyRedFlags;

    Filter(TimelineQuery query) {
      this.kinds = mask(query.kinds().stream().mapToInt(Kind::ordinal).toArray());
      this.who = mask(query.who().stream().mapToInt(Actor::ordinal).toArray());
      this.onlyRedFlags = query.onlyRedFlags();
    }

    private static int mask(int[] ordinals) {
      int mask = 0;
      for (int ordinal : ordinals) {
        mask |= 1 << ordinal;
      }
      return ordinals.length == 0 ? -1 : mask;
    }

    boolean matches(EventColumns c, int row) {
      return (kinds & 1 << c.kind[row]) != 0
          && (who & 1 << c.who[row]) != 0
          && (!onlyRedFlags || c.hasWordFlag(row));
    }
  }
}
