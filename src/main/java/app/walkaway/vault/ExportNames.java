package app.walkaway.vault;

import app.walkaway.event.Actor;
import app.walkaway.event.Channel;
import java.util.Locale;
import java.util.Optional;

/** The lower-case names the export format uses for actors and channels. */
final class ExportNames {
  private ExportNames() {}

  static String who(Actor actor) {
    return actor.name().toLowerCase(Locale.ROOT);
  }

  static String channel(Channel channel) {
    return channel.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static Optional<Actor> findWho(String text) {
    return find(Actor.class, text);
  }

  static Optional<Channel> findChannel(String text) {
    return find(Channel.class, text);
  }

  private static <E extends Enum<E>> Optional<E> find(Class<E> type, String text) {
    String wanted = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    for (E value : type.getEnumConstants()) {
      if (value.name().equals(wanted)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }
}
