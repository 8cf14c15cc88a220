package app.walkaway.service;

import app.walkaway.event.Actor;
import app.walkaway.event.Channel;
import app.walkaway.event.Kind;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * Something no export holds, to record by hand.
 *
 * @param kind what happened; one of {@link LogEvent#LOGGABLE}
 * @param who whose it is; empty for the kind's usual owner ({@link LogEvent#usualWho})
 * @param at when; empty for now
 * @param text what was said or what happened; may be empty
 * @param channel where; empty for the kind's usual place ({@link LogEvent#usualChannel})
 * @param minutes how long a call lasted, else 0
 */
public record LogRequest(
    Kind kind,
    Optional<Actor> who,
    Optional<LocalDateTime> at,
    String text,
    Optional<Channel> channel,
    long minutes) {
  public LogRequest {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(who, "who");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(channel, "channel");
  }

  /** Just the kind, now, with its usual owner and place. */
  public static LogRequest of(Kind kind) {
    return new LogRequest(kind, Optional.empty(), Optional.empty(), "", Optional.empty(), 0);
  }

  public LogRequest at(LocalDateTime when) {
    return new LogRequest(kind, who, Optional.of(when), text, channel, minutes);
  }

  public LogRequest text(String words) {
    return new LogRequest(kind, who, at, words, channel, minutes);
  }

  public LogRequest who(Actor whose) {
    return new LogRequest(kind, Optional.of(whose), at, text, channel, minutes);
  }
}
