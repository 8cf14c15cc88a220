package app.walkaway.service;

import app.walkaway.event.Actor;
import app.walkaway.event.Channel;
import app.walkaway.event.Event;
import app.walkaway.event.Kind;
import app.walkaway.event.SourceRef;
import app.walkaway.service.ServiceException.Problem;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;

/** Records by hand what no export holds: a visit, a call, a slip, an urge... */
public final class LogEvent {
  /** The kinds she can log; the rest only come from exports (a poll, a shared location...). */
  public static final Set<Kind> LOGGABLE =
      Set.copyOf(
          EnumSet.complementOf(
              EnumSet.of(Kind.POLL, Kind.LOCATION, Kind.SHARE, Kind.DELETED, Kind.MEDIA)));

  private LogEvent() {}

  /**
   * Stores the event and returns it as stored. {@code now} stands in for a missing time. An
   * identical event logged twice is kept twice: two visits are two visits.
   */
  public static Event log(VaultSession session, LogRequest request, LocalDateTime now) {
    Event event = event(request, now);
    session.write(
        vault -> {
          vault.events().log(event);
          return null;
        });
    return event;
  }

  static Event event(LogRequest request, LocalDateTime now) {
    Kind kind = request.kind();
    if (!LOGGABLE.contains(kind)) {
      throw new ServiceException(
          Problem.BAD_INPUT, "a " + kind.label() + " comes only from exports; it cannot be logged");
    }
    Actor who = request.who().orElse(usualWho(kind));
    if (isHers(kind) && who != Actor.ME) {
      throw new ServiceException(Problem.BAD_INPUT, "a " + kind.label() + " is always yours");
    }
    if (request.minutes() < 0) {
      throw new ServiceException(
          Problem.BAD_INPUT, "a call cannot last " + request.minutes() + " minutes");
    }
    return new Event(
        request.at().orElse(now),
        who,
        kind,
        request.channel().orElse(usualChannel(kind)),
        request.text(),
        SourceRef.byHand(),
        Math.multiplyExact(request.minutes(), 60));
  }

  /** A slip, an urge, a note or her "please stop" are always hers. */
  public static boolean isHers(Kind kind) {
    return kind == Kind.SLIP || kind == Kind.URGE || kind == Kind.NOTE || kind == Kind.BOUNDARY;
  }

  /** Hers for {@link #isHers} kinds, else his: most of what she logs is what he did. */
  public static Actor usualWho(Kind kind) {
    return isHers(kind) ? Actor.ME : Actor.THEM;
  }

  /** Where such an event usually happens when she does not say. */
  public static Channel usualChannel(Kind kind) {
    return switch (kind) {
      case CALL, MISSED_CALL -> Channel.PHONE;
      case VISIT -> Channel.IN_PERSON;
      case VIA_FRIENDS -> Channel.FRIENDS;
      case STORY_VIEW -> Channel.SOCIAL_MEDIA;
      default -> Channel.OTHER;
    };
  }
}
