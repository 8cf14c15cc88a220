package app.walkaway.method;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Checks and normalises a plan against the playbook, with messages that say what was expected. */
public final class PlanRules {
  /** The tactics a plan gets when she picks none: the uncontested core of METHOD.md §2. */
  static final List<String> DEFAULT_TACTICS =
      List.of(
          "tactic.no-first-contact",
          "tactic.slow-replies",
          "tactic.let-it-ring",
          "tactic.leave-posts-alone",
          "tactic.get-busy",
          "tactic.urge-box");

  private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_-]{0,39}");

  private PlanRules() {}

  /**
   * The plan with full tactic ids, defaults when none were chosen and lower-case exception tags.
   *
   * @throws MethodException for an unknown tactic or situation, two alternatives of one choice, or
   *     an exception tag that is not a single word
   */
  public static Plan check(Plan plan, Playbook playbook) {
    List<String> tactics = plan.tactics().isEmpty() ? DEFAULT_TACTICS : tactics(plan, playbook);
    List<String> tags = new ArrayList<>(new LinkedHashSet<>(tags(plan.exceptions())));
    String situation = plan.findSituation().map(s -> requireSituation(s, playbook)).orElse("");
    return new Plan(plan.start(), plan.mode(), tactics, tags, situation, plan.name().strip());
  }

  private static List<String> tactics(Plan plan, Playbook playbook) {
    Map<String, String> chosenByGroup = new HashMap<>();
    LinkedHashSet<String> ids = new LinkedHashSet<>();
    for (String wanted : plan.tactics()) {
      Tactic tactic =
          playbook
              .findTactic(wanted.strip())
              .orElseThrow(() -> new MethodException(unknownTactic(wanted, playbook)));
      String other = tactic.choice().isEmpty() ? null : chosenByGroup.put(tactic.choice(), wanted);
      if (other != null && !other.equals(wanted)) {
        throw new MethodException(
            "the tactics '"
                + other
                + "' and '"
                + wanted
                + "' are alternatives; choose one of them");
      }
      ids.add(tactic.id());
    }
    return List.copyOf(ids);
  }

  private static String unknownTactic(String wanted, Playbook playbook) {
    List<String> known =
        playbook.tactics().stream().map(t -> t.id().substring("tactic.".length())).toList();
    return "unknown tactic '" + wanted + "' (expected one of: " + String.join(", ", known) + ")";
  }

  private static List<String> tags(List<String> raw) {
    List<String> tags = new ArrayList<>();
    for (String tag : raw) {
      String clean = tag.strip().replaceFirst("^#", "").toLowerCase(Locale.ROOT);
      if (!TAG.matcher(clean).matches()) {
        throw new MethodException(
            "the exception '" + tag + "' should be one word such as children, bills, safety, work");
      }
      tags.add(clean);
    }
    return tags;
  }

  private static String requireSituation(String id, Playbook playbook) {
    String full = id.strip().startsWith("situation.") ? id.strip() : "situation." + id.strip();
    if (playbook.findItem(full).filter(i -> i.section() == Section.SITUATION).isEmpty()) {
      List<String> known =
          playbook.items(Section.SITUATION).stream()
              .map(i -> i.id().substring("situation.".length()))
              .toList();
      throw new MethodException(
          "unknown situation '" + id + "' (expected one of: " + String.join(", ", known) + ")");
    }
    return full;
  }
}
