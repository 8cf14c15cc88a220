package app.walkaway.importer;

import app.walkaway.event.Actor;
import app.walkaway.event.Event;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who is who in a chat once she has said which participant she is: her, him (absent when he never
 * wrote), and everyone else as {@link Actor#OTHER}.
 */
public record Cast(Participant me, Optional<Participant> them) implements Participants.Choice {
  public Cast {
    Objects.requireNonNull(me, "me");
    Objects.requireNonNull(them, "them");
  }

  /** Whose side an author is on. An author the export marks as its owner is always her. */
  public Actor actorOf(Author author) {
    if (author.owner() || author.key().equals(me.key())) {
      return Actor.ME;
    }
    return them.filter(t -> t.key().equals(author.key())).isPresent() ? Actor.THEM : Actor.OTHER;
  }

  public Event toEvent(Entry entry) {
    return new Event(
        entry.at(),
        actorOf(entry.author()),
        entry.kind(),
        entry.channel(),
        entry.text(),
        entry.source(),
        entry.seconds());
  }

  /** The entries as events, in the same order. */
  public List<Event> toEvents(List<Entry> entries) {
    return entries.stream().map(this::toEvent).toList();
  }
}
