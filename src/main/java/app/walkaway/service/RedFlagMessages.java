package app.walkaway.service;

import app.walkaway.event.Event;
import app.walkaway.safety.RedFlag;
import app.walkaway.safety.RedFlagDetector;
import app.walkaway.safety.RedFlagKind;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * His messages whose words the one red-flag detector reads as a red flag, over everything in the
 * vault up to now: what "add every red-flag message to evidence" keeps, and what pre-fills the risk
 * screen. Patterns (call floods, turning up) are not messages and are left to the read-out.
 */
public final class RedFlagMessages {
  private RedFlagMessages() {}

  /**
   * One message and every red-flag kind its words were read as.
   *
   * @param message his message, as imported
   * @param kinds what it was read as, never empty
   */
  public record Found(Event message, Set<RedFlagKind> kinds) {
    public Found {
      kinds = Set.copyOf(kinds);
    }
  }

  /** Every red-flag message up to {@code now}, in time order, each once. */
  public static List<Found> find(VaultSession session, LocalDateTime now) {
    List<Event> events = session.read(vault -> vault.events().all());
    // The start day decides only which patterns count; messages count from any time.
    List<RedFlag> flags = RedFlagDetector.standard().find(events, now.toLocalDate(), now).all();
    Map<Event, Set<RedFlagKind>> byMessage = new LinkedHashMap<>();
    for (RedFlag flag : flags) {
      if (flag instanceof RedFlag.InWords words) {
        byMessage
            .computeIfAbsent(words.signal().event(), e -> EnumSet.noneOf(RedFlagKind.class))
            .add(words.kind());
      }
    }
    List<Found> found = new ArrayList<>();
    byMessage.forEach((message, kinds) -> found.add(new Found(message, kinds)));
    return found;
  }

  /** The red-flag kinds among {@code found}, as the risk screen's pre-fill takes them. */
  public static List<String> kinds(List<Found> found) {
    Set<RedFlagKind> all = EnumSet.noneOf(RedFlagKind.class);
    found.forEach(f -> all.addAll(f.kinds()));
    return all.stream().map(RedFlagKind::label).toList();
  }
}
