package app.walkaway.method;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The walk-away method as data: situations, readiness questions, cautions, tactics, signals,
 * outcomes with their next steps, safety steps, daily guidance, exit-message drafts and exceptions.
 * Every item has a stable id; the read-out and the web pages look items up here by id.
 *
 * <p>Read from {@code app/walkaway/method/playbook.json}; immutable and shared.
 */
public final class Playbook {
  static final String RESOURCE = "/app/walkaway/method/playbook.json";
  private static volatile Playbook shared;

  private final Map<String, Item> items;
  private final List<Tactic> tactics;
  private final Map<PlaybookOutcome, OutcomeAdvice> outcomes;
  private final List<Draft> drafts;
  private final List<ExceptionTag> exceptions;
  private final Map<String, List<Item>> signalGroups;
  private final Map<Stage, List<Item>> stages;
  private final Map<Trigger, List<Item>> triggers;

  Playbook(
      Map<String, Item> items,
      List<Tactic> tactics,
      Map<PlaybookOutcome, OutcomeAdvice> outcomes,
      List<Draft> drafts,
      List<ExceptionTag> exceptions,
      Map<String, List<Item>> signalGroups,
      Map<Stage, List<Item>> stages,
      Map<Trigger, List<Item>> triggers) {
    this.items = Collections.unmodifiableMap(new LinkedHashMap<>(items));
    this.tactics = List.copyOf(tactics);
    this.outcomes = Map.copyOf(outcomes);
    this.drafts = List.copyOf(drafts);
    this.exceptions = List.copyOf(exceptions);
    this.signalGroups = Collections.unmodifiableMap(new LinkedHashMap<>(signalGroups));
    this.stages = Map.copyOf(stages);
    this.triggers = Map.copyOf(triggers);
  }

  /** The playbook shipped with Walkaway (read once, then shared). */
  public static Playbook load() {
    Playbook loaded = shared;
    if (loaded == null) {
      try (InputStream in = Playbook.class.getResourceAsStream(RESOURCE)) {
        Objects.requireNonNull(in, RESOURCE);
        loaded = PlaybookReader.read(in, RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      shared = loaded;
    }
    return loaded;
  }

  /** The item with this id, if there is one. */
  public Optional<Item> findItem(String id) {
    return Optional.ofNullable(items.get(id));
  }

  /** The item with this id; a missing id is a bug in the caller. */
  public Item item(String id) {
    return findItem(id).orElseThrow(() -> new IllegalArgumentException("no playbook item " + id));
  }

  /** All items of a section, in the playbook's order. */
  public List<Item> items(Section section) {
    return items.values().stream().filter(i -> i.section() == section).toList();
  }

  /** Every item id. */
  public Collection<String> ids() {
    return items.keySet();
  }

  /** An outcome with its next steps, for the read-out. */
  public OutcomeAdvice outcome(PlaybookOutcome id) {
    return outcomes.get(Objects.requireNonNull(id, "id"));
  }

  /** What to do next after an outcome, in order. */
  public List<Item> nextSteps(PlaybookOutcome id) {
    return outcome(id).nextSteps();
  }

  /**
   * The signals of one group of METHOD.md §3: attention, contact, reconciliation, questioning, ego,
   * nothing, moving-on, red-flag. Empty for an unknown group.
   */
  public List<Item> signals(String group) {
    return List.copyOf(signalGroups.getOrDefault(group, List.of()));
  }

  /** The signal groups, in the playbook's order. */
  public List<String> signalGroups() {
    return List.copyOf(signalGroups.keySet());
  }

  /** All tactics, in the playbook's order. */
  public List<Tactic> tactics() {
    return tactics;
  }

  /** A tactic by id; {@code tactic.} may be left off. */
  public Optional<Tactic> findTactic(String id) {
    String wanted = id.startsWith("tactic.") ? id : "tactic." + id;
    return tactics.stream().filter(t -> t.id().equals(wanted)).findFirst();
  }

  /** Exit-message drafts for a situation id, the specific ones first; all if the id is empty. */
  public List<Draft> drafts(String situationId) {
    if (situationId == null || situationId.isBlank()) {
      return drafts;
    }
    return drafts.stream().filter(d -> d.fits(situationId)).toList();
  }

  /** The exceptions the playbook knows (children, bills, safety, work). */
  public List<ExceptionTag> exceptions() {
    return exceptions;
  }

  /** The exception for a tag she typed; unknown tags become her own keyword exceptions. */
  public ExceptionTag exception(String tag) {
    String wanted = tag.strip().toLowerCase(Locale.ROOT).replaceFirst("^#", "");
    return exceptions.stream()
        .filter(e -> e.tag().equals(wanted))
        .findFirst()
        .orElseGet(() -> ExceptionTag.custom(wanted));
  }

  /** Guidance for a stage of the plan, in rotation order. */
  public List<Item> stageItems(Stage stage) {
    return stages.get(stage);
  }

  /** Guidance for something that just happened. */
  public List<Item> triggerItems(Trigger trigger) {
    return triggers.get(trigger);
  }
}
