package app.walkaway.web.view;

import java.util.List;
import java.util.Optional;

/**
 * A page of her timeline, newest first, with its filter.
 *
 * @param kinds the kinds to filter by, "everything" first
 * @param people everyone, him, or her
 * @param from the first day shown, as typed (yyyy-mm-dd), or empty
 * @param to the last day shown, as typed, or empty
 * @param onlyRedFlags whether only red flags are shown
 * @param problem what is wrong with the filter, if anything
 * @param summary how many events match, and which of them this page shows
 * @param items the events on this page
 * @param newer the address of the newer page, if any
 * @param older the address of the older page, if any
 */
public record TimelineView(
    List<Option> kinds,
    List<Option> people,
    String from,
    String to,
    boolean onlyRedFlags,
    Optional<String> problem,
    String summary,
    List<Item> items,
    Optional<String> newer,
    Optional<String> older) {
  public TimelineView {
    kinds = List.copyOf(kinds);
    people = List.copyOf(people);
    items = List.copyOf(items);
  }

  /**
   * One event.
   *
   * @param when date and time
   * @param who whose it was
   * @param what what happened ("a message", "a visit in person")
   * @param text its words; may be empty
   * @param source where it came from
   * @param flags what his words were read as, when that is a red flag ("a threat"); usually empty
   */
  public record Item(
      String when, String who, String what, String text, String source, List<String> flags) {
    public Item {
      flags = List.copyOf(flags);
    }

    public boolean redFlag() {
      return !flags.isEmpty();
    }
  }
}
