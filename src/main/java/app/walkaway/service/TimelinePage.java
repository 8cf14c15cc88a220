package app.walkaway.service;

import app.walkaway.event.Event;
import app.walkaway.safety.RedFlagKind;
import java.util.List;

/**
 * One page of her timeline, newest first.
 *
 * @param items the events on this page
 * @param query what was asked for
 * @param total how many events match the query in all
 */
public record TimelinePage(List<Item> items, TimelineQuery query, long total) {
  public TimelinePage {
    items = List.copyOf(items);
  }

  /**
   * One event on a page.
   *
   * @param id its row id in the vault, stable: to mark it or add it to the evidence later
   * @param event the whole event, its text included
   * @param wordFlags the red-flag kinds read in his words when it was stored; usually none
   */
  public record Item(long id, Event event, List<RedFlagKind> wordFlags) {
    public Item {
      wordFlags = List.copyOf(wordFlags);
    }
  }

  public int pages() {
    return (int) Math.max(1, (total + query.pageSize() - 1) / query.pageSize());
  }

  public boolean hasNewer() {
    return query.page() > 0;
  }

  public boolean hasOlder() {
    return (long) (query.page() + 1) * query.pageSize() < total;
  }
}
