package app.walkaway.service;

import app.walkaway.event.Actor;
import app.walkaway.event.Event;
import app.walkaway.event.Mark;
import app.walkaway.event.Marked;
import app.walkaway.event.SourceRef;
import app.walkaway.service.ServiceException.Problem;
import app.walkaway.vault.Vault;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Her own reading of his messages: she marks one as a red flag, warm, or not a signal, and the
 * read-out and today's guidance honour it over the word rules. Marks live in the vault, keyed like
 * the event, so a re-import keeps them. A message is found by its timeline id (a web page), by the
 * file and line it was read from ({@code chat.txt:212}), or by the file, line and time a read-out
 * cites.
 */
public final class Marks {
  private Marks() {}

  /**
   * One of his messages and her mark on it.
   *
   * @param id its timeline id (the vault's row id)
   * @param event the message
   * @param mark her mark; empty when she took it off or never marked it
   */
  public record MarkedMessage(long id, Event event, Optional<Mark> mark) {
    public MarkedMessage {
      Objects.requireNonNull(event, "event");
      Objects.requireNonNull(mark, "mark");
    }
  }

  /**
   * Marks the event with timeline id {@code id} ({@code mark} empty takes her mark off), and
   * returns it as it now stands. {@code now} is when she marked it.
   */
  public static MarkedMessage mark(
      VaultSession session, long id, Optional<Mark> mark, LocalDateTime now) {
    Objects.requireNonNull(mark, "mark");
    Objects.requireNonNull(now, "now");
    return session.write(vault -> mark(vault, requireHis(vault, id), mark, now));
  }

  /**
   * Marks the event read from {@code where} (a file and line), or, when {@code at} is given, the
   * one there at that moment (a read-out cites both; a few formats put more than one event on a
   * line).
   */
  public static MarkedMessage mark(
      VaultSession session,
      SourceRef where,
      Optional<LocalDateTime> at,
      Optional<Mark> mark,
      LocalDateTime now) {
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(mark, "mark");
    Objects.requireNonNull(now, "now");
    return session.write(vault -> mark(vault, find(vault, where, at), mark, now));
  }

  /** Her mark on the event with timeline id {@code id}, if any. */
  public static Optional<Mark> find(VaultSession session, long id) {
    return session.read(vault -> vault.marks().find(id)).map(Marked::mark);
  }

  /** Every mark she made, in the time order of the messages. */
  public static List<MarkedMessage> all(VaultSession session) {
    Map<Long, Marked> all = session.read(vault -> vault.marks().all());
    return all.entrySet().stream()
        .map(
            e ->
                new MarkedMessage(
                    e.getKey(), e.getValue().event(), Optional.of(e.getValue().mark())))
        .toList();
  }

  /** Her marks as the read-out and today's guidance take them. */
  static List<Marked> marked(Vault vault) {
    return List.copyOf(vault.marks().all().values());
  }

  private static MarkedMessage mark(Vault vault, long id, Optional<Mark> mark, LocalDateTime now) {
    if (mark.isPresent()) {
      vault.marks().put(id, mark.get(), now);
    } else {
      vault.marks().clear(id);
    }
    Event event = vault.events().byIds(id).get(id);
    return new MarkedMessage(id, event, vault.marks().find(id).map(Marked::mark));
  }

  private static long requireHis(Vault vault, long id) {
    Event event = vault.events().byIds(id).get(id);
    if (event == null) {
      throw new ServiceException(
          Problem.BAD_INPUT, "there is no message with the number " + id + " in your timeline");
    }
    return requireHis(event, id);
  }

  private static long requireHis(Event event, long id) {
    if (event.who() != Actor.THEM) {
      throw new ServiceException(
          Problem.BAD_INPUT,
          event.source()
              + ": that is "
              + (event.who() == Actor.ME ? "your own message" : "someone else's message")
              + "; marks are for what he sent or did");
    }
    return id;
  }

  private static long find(Vault vault, SourceRef where, Optional<LocalDateTime> at) {
    List<Long> ids = vault.marks().idsAt(where.origin(), where.line());
    Map<Long, Event> events =
        vault.events().byIds(ids.stream().mapToLong(Long::longValue).toArray());
    if (events.isEmpty()) {
      throw new ServiceException(
          Problem.BAD_INPUT,
          where
              + ": nothing was imported from this line (expected a file name and line as the"
              + " read-out shows them, e.g. chat.txt:212)");
    }
    List<Map.Entry<Long, Event>> here =
        events.entrySet().stream()
            .filter(e -> at.map(t -> e.getValue().at().equals(t)).orElse(true))
            .toList();
    if (here.isEmpty()) {
      throw new ServiceException(
          Problem.BAD_INPUT,
          where + ": nothing from " + at.orElseThrow() + " was read from this line");
    }
    List<Map.Entry<Long, Event>> his =
        here.stream().filter(e -> e.getValue().who() == Actor.THEM).toList();
    if (his.isEmpty()) {
      return requireHis(here.get(0).getValue(), here.get(0).getKey());
    }
    if (his.size() > 1) {
      throw new ServiceException(
          Problem.BAD_INPUT,
          where
              + ": "
              + his.size()
              + " of his messages were read from this line; mark each one by itself from the"
              + " list of your messages");
    }
    return his.get(0).getKey();
  }
}
