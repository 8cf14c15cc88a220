package app.walkaway.service;

import app.walkaway.event.Actor;
import app.walkaway.safety.RedFlagDetector;
import app.walkaway.safety.RedFlagKind;
import app.walkaway.vault.WordFlagger;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The red flags the vault keeps for his words when it stores them, as the one red-flag detector
 * reads them: the vault is handed this at unlock, and stays persistence only.
 */
final class ImportWordFlags implements WordFlagger {
  static final ImportWordFlags STANDARD = new ImportWordFlags(RedFlagDetector.standard());

  private final RedFlagDetector detector;
  private volatile String version;

  private ImportWordFlags(RedFlagDetector detector) {
    this.detector = detector;
  }

  @Override
  public String version() {
    String known = version;
    if (known == null) {
      known = detector.wordRulesVersion();
      version = known;
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
