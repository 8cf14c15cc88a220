package app.walkaway.service;

import app.walkaway.event.Actor;
import app.walkaway.event.Event;
import app.walkaway.safety.RedFlagDetector;
import app.walkaway.safety.RedFlagKind;
import app.walkaway.vault.WordFlagger;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The red flags the vault keeps for his words when it stores them, as the one red-flag detector
 * reads them: the vault is handed this at unlock (and, for each export, one that reads with that
 * chat's language), and stays persistence only.
 */
final class ImportWordFlags implements WordFlagger {
  static final ImportWordFlags STANDARD = new ImportWordFlags(RedFlagDetector.standard());

  /** Read once: a digest of the lexicon files, the same whichever of them a chat calls for. */
  private static volatile String rulesVersion;

  private final RedFlagDetector detector;

  private ImportWordFlags(RedFlagDetector detector) {
    this.detector = detector;
  }

  /** His words in one export, read with the lexicons of its language. */
  static ImportWordFlags forChat(List<Event> events) {
    return new ImportWordFlags(RedFlagDetector.standard().forChatOf(events));
  }

  @Override
  public String version() {
    String known = rulesVersion;
    if (known == null) {
      known = RedFlagDetector.standard().wordRulesVersion();
      rulesVersion = known;
    }
    return known;
  }

  @Override
  public Set<String> flags(Actor who, String text) {
    Set<RedFlagKind> kinds = detector.inWords(who, text);
    if (kinds.isEmpty()) {
      return Set.of();
    }
    Set<String> names = new LinkedHashSet<>();
    kinds.forEach(k -> names.add(k.name()));
    return names;
  }
}
