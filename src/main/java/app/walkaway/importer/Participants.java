package app.walkaway.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everyone who wrote in a chat, most active first, and the step that decides which of them is her
 * and which is him from the names she typed.
 */
public final class Participants {
  private final List<Participant> list;

  private Participants(List<Participant> list) {
    this.list = List.copyOf(list);
  }

  /** The outcome of {@link #choose}: a cast, or what she still has to say. */
  public sealed interface Choice permits Cast, Problem {}

  /**
   * Why no cast could be chosen.
   *
   * @param reason what is missing
   * @param given the name she typed that did not fit, if any
   * @param me her, when that much was settled (for a group, or an unknown name for him)
   */
  public record Problem(Reason reason, Optional<String> given, Optional<Participant> me)
      implements Choice {}

  public enum Reason {
    /** She did not say which participant she is. */
    ME_MISSING,
    /** The name she gave for herself matches nobody. */
    ME_UNKNOWN,
    /** More than one other person wrote, and she did not say which one is him. */
    GROUP,
    /** The name she gave for him matches nobody else in the chat. */
    THEM_UNKNOWN
  }

  public static Participants of(Iterable<Entry> entries) {
    Map<String, long[]> counts = new LinkedHashMap<>();
    Map<String, Author> firstSeen = new LinkedHashMap<>();
    Map<String, Boolean> owner = new HashMap<>();
    for (Entry entry : entries) {
      Author author = entry.author();
      firstSeen.putIfAbsent(author.key(), author);
      counts.computeIfAbsent(author.key(), k -> new long[1])[0]++;
      // Two exports of one chat may name her alike, only one marking her as its owner.
      owner.merge(author.key(), author.owner(), Boolean::logicalOr);
    }
    return of(firstSeen, counts, owner);
  }

  /**
   * The same from counts already made: {@code authors} in the order they first wrote, {@code
   * counts[i]} the entries of {@code authors.get(i)}. Authors whose names share a key are one
   * participant, named as the first of them wrote, and the owner if any of them is.
   */
  public static Participants of(List<Author> authors, long[] counts) {
    Map<String, long[]> byKey = new LinkedHashMap<>();
    Map<String, Author> firstSeen = new LinkedHashMap<>();
    Map<String, Boolean> owner = new HashMap<>();
    for (int i = 0; i < authors.size(); i++) {
      Author author = authors.get(i);
      firstSeen.putIfAbsent(author.key(), author);
      byKey.computeIfAbsent(author.key(), k -> new long[1])[0] += counts[i];
      owner.merge(author.key(), author.owner(), Boolean::logicalOr);
    }
    return of(firstSeen, byKey, owner);
  }

  private static Participants of(
      Map<String, Author> firstSeen, Map<String, long[]> counts, Map<String, Boolean> owner) {
    List<Participant> list = new ArrayList<>();
    firstSeen.forEach(
        (key, a) -> list.add(new Participant(a.name(), key, counts.get(key)[0], owner.get(key))));
    list.sort(Comparator.comparingLong(Participant::messages).reversed());
    return new Participants(list);
  }

  /** Most messages first; ties in order of appearance. */
  public List<Participant> list() {
    return list;
  }

  /**
   * The participant a typed name means: the same name ignoring case, spacing and invisible marks,
   * or else the only participant whose name starts with it as a whole word ("Maya" for "Maya
   * Lund").
   */
  public Optional<Participant> find(String typed) {
    String key = Names.key(typed);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    Optional<Participant> exact = list.stream().filter(p -> p.key().equals(key)).findFirst();
    if (exact.isPresent()) {
      return exact;
    }
    List<Participant> starts = list.stream().filter(p -> p.key().startsWith(key + " ")).toList();
    return starts.size() == 1 ? Optional.of(starts.get(0)) : Optional.empty();
  }

  /** Decides who is who from the names she gave (either may be absent). */
  public Choice choose(Optional<String> me, Optional<String> them) {
    // The name she typed wins: with an SMS backup (owner "me") beside a WhatsApp chat (her name),
    // both are her; the cast counts owners as her in any case (Cast#actorOf).
    Optional<Participant> named = me.flatMap(this::find);
    Optional<Participant> her =
        named.isPresent() ? named : list.stream().filter(Participant::owner).findFirst();
    if (her.isEmpty()) {
      return new Problem(me.isEmpty() ? Reason.ME_MISSING : Reason.ME_UNKNOWN, me, her);
    }
    List<Participant> others = others(her.get());
    if (them.isPresent()) {
      Optional<Participant> him = find(them.get()).filter(others::contains);
      return him.isPresent()
          ? new Cast(her.get(), him)
          : new Problem(Reason.THEM_UNKNOWN, them, her);
    }
    if (others.size() > 1) {
      return new Problem(Reason.GROUP, Optional.empty(), her);
    }
    return new Cast(her.get(), others.stream().findFirst());
  }

  /** Everyone but {@code me}, most active first. */
  public List<Participant> others(Participant me) {
    return list.stream().filter(p -> !p.key().equals(me.key()) && !p.owner()).toList();
  }
}
