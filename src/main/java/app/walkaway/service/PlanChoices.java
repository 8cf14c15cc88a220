package app.walkaway.service;

import app.walkaway.method.Draft;
import app.walkaway.method.ExceptionTag;
import app.walkaway.method.Item;
import app.walkaway.method.Mode;
import app.walkaway.method.Plan;
import app.walkaway.method.Playbook;
import app.walkaway.method.Readiness;
import app.walkaway.method.Section;
import app.walkaway.method.Tactic;
import java.time.LocalDate;
import java.util.List;

/**
 * What she can choose from when she checks her readiness and makes her plan: the situations, the
 * readiness questions, the tactics (each with a soft and a strict way), the exceptions, and the
 * exit-message drafts. From the playbook, read-only.
 *
 * @param situations what may bring her here
 * @param questions the readiness questions after the situation, in the order they are asked
 * @param tactics every tactic, contested ones included (they carry their warning)
 * @param exceptions contact that never counts as a slip
 */
public record PlanChoices(
    List<Item> situations,
    List<Item> questions,
    List<Tactic> tactics,
    List<ExceptionTag> exceptions) {
  public PlanChoices {
    situations = List.copyOf(situations);
    questions = List.copyOf(questions);
    tactics = List.copyOf(tactics);
    exceptions = List.copyOf(exceptions);
  }

  public static PlanChoices load() {
    Playbook playbook = Playbook.load();
    return new PlanChoices(
        playbook.items(Section.SITUATION),
        Readiness.QUESTIONS.stream()
            .filter(id -> !id.equals("question.situation"))
            .map(playbook::item)
            .toList(),
        playbook.tactics(),
        playbook.exceptions());
  }

  /** The exit-message drafts for her situation (an id, or empty for those that fit any). */
  public static List<Draft> drafts(String situation) {
    return Playbook.load().drafts(situation);
  }

  /** The playbook's items with these ids, in this order; an id it no longer knows is left out. */
  public static List<Item> items(List<String> ids) {
    Playbook playbook = Playbook.load();
    return ids.stream().flatMap(id -> playbook.findItem(id).stream()).toList();
  }

  /** The tactics a plan gets when she chooses none. */
  public static List<String> defaultTactics() {
    return Plan.of(LocalDate.EPOCH, Mode.SOFT).tactics();
  }
}
