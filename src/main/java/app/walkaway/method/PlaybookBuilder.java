package app.walkaway.method;

import app.walkaway.method.PlaybookReader.RawItem;
import app.walkaway.method.PlaybookReader.RawPlaybook;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns the raw file into checked, linked playbook values; every failure names the item. */
final class PlaybookBuilder {
  private final String origin;
  private final Map<String, Item> items = new LinkedHashMap<>();

  PlaybookBuilder(String origin) {
    this.origin = origin;
  }

  Playbook build(RawPlaybook raw) {
    add(raw.situations(), Section.SITUATION, "situation.");
    add(raw.questions(), Section.QUESTION, "question.");
    add(raw.cautions(), Section.CAUTION, "caution.");
    add(raw.tactics(), Section.TACTIC, "tactic.");
    add(raw.signals(), Section.SIGNAL, "signal.");
    add(raw.outcomes(), Section.OUTCOME, "outcome.");
    add(raw.nextSteps(), Section.NEXT_STEP, "next.");
    add(raw.safety(), Section.SAFETY, "safety.");
    add(raw.guidance(), Section.GUIDANCE, "guide.");
    add(raw.drafts(), Section.DRAFT, "draft.");
    add(raw.exceptions(), Section.EXCEPTION, ExceptionTag.PREFIX);
    add(raw.principles(), Section.PRINCIPLE, "principle.");
    return new Playbook(
        items,
        raw.tactics().stream().map(this::tactic).toList(),
        outcomes(raw.outcomes()),
        raw.drafts().stream().map(this::draft).toList(),
        raw.exceptions().stream().map(this::exception).toList(),
        signalGroups(raw.signals()),
        stages(raw.stages()),
        triggers(raw.triggers()));
  }

  private void add(List<RawItem> raws, Section section, String prefix) {
    if (raws == null || raws.isEmpty()) {
      throw fail("the section for " + section + " is missing or empty");
    }
    for (RawItem raw : raws) {
      if (raw.id() == null || !raw.id().startsWith(prefix)) {
        throw fail("item id '" + raw.id() + "' should start with '" + prefix + "'");
      }
      require(raw.id(), "text", raw.text());
      require(raw.id(), "help", raw.help());
      if (items.putIfAbsent(raw.id(), new Item(raw.id(), section, raw.text(), raw.help()))
          != null) {
        throw fail("item id '" + raw.id() + "' is used twice");
      }
    }
  }

  private Tactic tactic(RawItem raw) {
    require(raw.id(), "area", raw.area());
    require(raw.id(), "soft", raw.soft());
    require(raw.id(), "strict", raw.strict());
    boolean contested = "contested".equals(raw.area());
    if (contested == (raw.warning() == null)) {
      throw fail(raw.id() + ": a warning belongs to exactly the contested tactics");
    }
    return new Tactic(
        items.get(raw.id()),
        raw.area(),
        orEmpty(raw.choice()),
        raw.soft(),
        raw.strict(),
        orEmpty(raw.warning()));
  }

  private Map<PlaybookOutcome, OutcomeAdvice> outcomes(List<RawItem> raws) {
    Map<PlaybookOutcome, OutcomeAdvice> outcomes = new EnumMap<>(PlaybookOutcome.class);
    for (PlaybookOutcome id : PlaybookOutcome.values()) {
      RawItem raw =
          raws.stream()
              .filter(r -> r.id().equals(id.itemId()))
              .findFirst()
              .orElseThrow(() -> fail("outcome '" + id.itemId() + "' is missing"));
      if (raw.next() == null || raw.next().isEmpty()) {
        throw fail(raw.id() + ": an outcome needs next steps");
      }
      outcomes.put(id, new OutcomeAdvice(id, items.get(raw.id()), resolve(raw.id(), raw.next())));
    }
    return outcomes;
  }

  private Map<String, List<Item>> signalGroups(List<RawItem> raws) {
    Map<String, List<Item>> groups = new LinkedHashMap<>();
    for (RawItem raw : raws) {
      require(raw.id(), "group", raw.group());
      groups.computeIfAbsent(raw.group(), g -> new ArrayList<>()).add(items.get(raw.id()));
    }
    return groups;
  }

  private Draft draft(RawItem raw) {
    require(raw.id(), "situation", raw.situation());
    if (!raw.situation().equals(Draft.ANY) && !items.containsKey(raw.situation())) {
      throw fail(raw.id() + ": unknown situation '" + raw.situation() + "'");
    }
    return new Draft(items.get(raw.id()), raw.situation());
  }

  private ExceptionTag exception(RawItem raw) {
    if (raw.keywords() == null || raw.keywords().isEmpty()) {
      throw fail(raw.id() + ": an exception needs keywords");
    }
    return new ExceptionTag(items.get(raw.id()), raw.keywords());
  }

  private Map<Stage, List<Item>> stages(Map<String, List<String>> raw) {
    Map<Stage, List<Item>> stages = new EnumMap<>(Stage.class);
    for (Stage stage : Stage.values()) {
      stages.put(stage, resolve("stage " + stage.key(), listed(raw, stage.key())));
    }
    return stages;
  }

  private Map<Trigger, List<Item>> triggers(Map<String, List<String>> raw) {
    Map<Trigger, List<Item>> triggers = new EnumMap<>(Trigger.class);
    for (Trigger trigger : Trigger.values()) {
      triggers.put(trigger, resolve("trigger " + trigger.key(), listed(raw, trigger.key())));
    }
    return triggers;
  }

  private List<String> listed(Map<String, List<String>> raw, String key) {
    if (raw == null || raw.get(key) == null || raw.get(key).isEmpty()) {
      throw fail("no items listed for '" + key + "'");
    }
    return raw.get(key);
  }

  private List<Item> resolve(String where, List<String> ids) {
    List<Item> resolved = new ArrayList<>();
    for (String id : ids) {
      Item item = items.get(id);
      if (item == null) {
        throw fail(where + ": unknown item id '" + id + "'");
      }
      resolved.add(item);
    }
    return resolved;
  }

  private void require(String id, String field, String value) {
    if (value == null || value.isBlank()) {
      throw fail(id + ": '" + field + "' is missing");
    }
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  private IllegalStateException fail(String what) {
    return new IllegalStateException(origin + ": " + what);
  }
}
