package app.walkaway.method;

import app.walkaway.event.Actor;
import app.walkaway.event.Event;
import app.walkaway.event.Kind;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds her slips in a timeline: logged SLIP events, plus imported contact she started after the
 * plan began, minus contact marked with one of her exceptions.
 *
 * <p>"She started it" uses a local definition of a conversation (the analysis package had not
 * landed when this was written): her contact after at least {@link #GAP} of silence from both
 * sides. The silence is measured in real elapsed time in her zone, so a DST change neither adds nor
 * removes an hour. In a strict plan every contact from her counts, replies too.
 */
public final class Slips {
  private Slips() {}

  /** Her slips from the plan's start on, oldest first. */
  public static List<Slip> find(List<Event> events, Plan plan, Playbook playbook, ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    List<ExceptionTag> excused = plan.exceptions().stream().map(playbook::exception).toList();
    LocalDateTime from = plan.start().atStartOfDay();
    List<Slip> slips = new ArrayList<>();
    Openings openings = new Openings();
    for (Event event : byTime(events, zone)) {
      boolean counts = !event.at().isBefore(from) && !isExcused(event, excused);
      if (event.kind() == Kind.SLIP && counts) {
        slips.add(new Slip(event.at(), Slip.Cause.LOGGED, event.source()));
      } else if (event.kind().isContact() && event.who() != Actor.OTHER) {
        boolean opens =
            openings.opens(event.who(), event.at().atZone(zone).toInstant(), event.text());
        if (counts && event.who() == Actor.ME) {
          slipFromContact(event, plan.mode(), opens).ifPresent(slips::add);
        }
      }
    }
    return slips;
  }

  private static Optional<Slip> slipFromContact(Event event, Mode mode, boolean starts) {
    if (starts) {
      return Optional.of(new Slip(event.at(), Slip.Cause.STARTED_CONVERSATION, event.source()));
    }
    if (mode == Mode.STRICT) {
      return Optional.of(new Slip(event.at(), Slip.Cause.CONTACT_IN_STRICT_PLAN, event.source()));
    }
    return Optional.empty();
  }

  private static boolean isExcused(Event event, List<ExceptionTag> excused) {
    return excused.stream().anyMatch(tag -> tag.matches(event.text()));
  }

  private static List<Event> byTime(List<Event> events, ZoneId zone) {
    return events.stream()
        .sorted(Comparator.comparing((Event e) -> e.at().atZone(zone).toInstant()))
        .toList();
  }
}
