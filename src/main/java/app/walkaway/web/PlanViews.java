package app.walkaway.web;

import app.walkaway.method.Answer;
import app.walkaway.method.Draft;
import app.walkaway.method.ExceptionTag;
import app.walkaway.method.Item;
import app.walkaway.method.Mode;
import app.walkaway.method.Plan;
import app.walkaway.method.PlanJson.StoredReadiness;
import app.walkaway.method.ReadinessResult.Verdict;
import app.walkaway.method.Tactic;
import app.walkaway.service.ExitMessages;
import app.walkaway.service.HisName;
import app.walkaway.service.PlanChoices;
import app.walkaway.service.Plans;
import app.walkaway.service.VaultSession;
import app.walkaway.text.PageWords;
import app.walkaway.text.PlanWords;
import app.walkaway.web.PlanPage.Submitted;
import app.walkaway.web.view.FieldProblems;
import app.walkaway.web.view.Guide;
import app.walkaway.web.view.Option;
import app.walkaway.web.view.PlanView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the Plan page's parts from what the vault holds, or from a form just sent (so a form with
 * something to fix keeps what she chose).
 */
final class PlanViews {
  /** The yes / no / not sure questions, in the order they are asked. */
  static final List<String> QUESTIONS =
      PlanChoices.load().questions().stream().map(Item::id).toList();

  private static final PlanChoices CHOICES = PlanChoices.load();
  private final Kit kit;

  PlanViews(Kit kit) {
    this.kit = kit;
  }

  /** The page's parts, waiting only for where they are shown. */
  record Parts(
      String name,
      Optional<PlanView.Verdict> readiness,
      PlanView.Questions questions,
      boolean safetyFirst,
      Optional<PlanView.Summary> plan,
      PlanView.Form form,
      PlanView.Message message,
      FieldProblems problems) {
    PlanView view(String here, String next) {
      return new PlanView(
          name, readiness, questions, safetyFirst, plan, form, message, problems, here, next);
    }
  }

  Parts of(VaultSession session, Submitted given, FieldProblems problems) {
    String name = HisName.find(session).orElse("");
    Optional<StoredReadiness> stored = Plans.findReadiness(session);
    Optional<Plan> plan = Plans.find(session);
    String situation =
        plan.map(Plan::situation)
            .filter(s -> !s.isEmpty())
            .orElse(stored.map(StoredReadiness::situation).orElse(""));
    boolean safety = stored.filter(r -> r.verdict() == Verdict.SAFETY_FIRST).isPresent();
    return new Parts(
        problems.has("name") ? problems.typed("name") : name,
        stored.map(r -> verdict(r, name)),
        questions(given, stored, name),
        safety,
        plan.map(p -> summary(p, name)),
        form(given, plan, problems),
        message(session, situation, name),
        problems);
  }

  /** The form field of a question: "question.accept-loss" is sent as "q-accept-loss". */
  static String field(String questionId) {
    return "q-" + questionId.substring(questionId.indexOf('.') + 1);
  }

  static boolean isSituation(String id) {
    return CHOICES.situations().stream().anyMatch(item -> item.id().equals(id));
  }

  static boolean isException(String tag) {
    return CHOICES.exceptions().stream().anyMatch(e -> e.tag().equals(tag));
  }

  private static PlanView.Verdict verdict(StoredReadiness stored, String name) {
    List<Guide> items =
        PlanChoices.items(stored.items()).stream()
            .map(item -> PageWords.forPage(item.fill(name)))
            .map(item -> new Guide(item.text(), item.help()))
            .toList();
    return new PlanView.Verdict(
        PlanWords.verdict(stored.verdict()),
        PlanWords.afterVerdict(stored.verdict()),
        items,
        stored.verdict() == Verdict.SAFETY_FIRST);
  }

  private static PlanView.Questions questions(
      Submitted given, Optional<StoredReadiness> stored, String name) {
    boolean sent =
        given.fields().containsKey("situation")
            || QUESTIONS.stream().anyMatch(id -> given.fields().containsKey(field(id)));
    String situation =
        sent
            ? given.first("situation").orElse("")
            : stored.map(StoredReadiness::situation).orElse("");
    List<Option> situations = new ArrayList<>();
    for (Item item : CHOICES.situations()) {
      Item filled = PageWords.forPage(item.fill(name));
      situations.add(
          new Option(item.id(), filled.text(), filled.help(), item.id().equals(situation)));
    }
    situations.add(new Option("", "None of these quite fits", "", situation.isEmpty()));
    List<PlanView.Question> asked = new ArrayList<>();
    for (Item question : CHOICES.questions()) {
      Item filled = PageWords.forPage(question.fill(name));
      String field = field(question.id());
      Optional<Answer> chosen = given.first(field).flatMap(Answer::parse);
      List<Option> answers = new ArrayList<>();
      for (Answer answer : Answer.values()) {
        answers.add(
            new Option(
                answer.name().toLowerCase(java.util.Locale.ROOT),
                PlanWords.answer(answer),
                "",
                chosen.filter(answer::equals).isPresent()));
      }
      asked.add(new PlanView.Question(field, filled.text(), filled.help(), answers));
    }
    return new PlanView.Questions(situations, asked);
  }

  private PlanView.Summary summary(Plan plan, String name) {
    List<PlanView.Tactic> tactics = new ArrayList<>();
    for (String id : plan.tactics()) {
      CHOICES.tactics().stream()
          .filter(t -> t.id().equals(id))
          .findFirst()
          .ifPresent(
              t ->
                  tactics.add(
                      new PlanView.Tactic(
                          PageWords.forPage(t.item().fill(name).text()),
                          PageWords.forPage(t.variant(plan.mode())),
                          t.warning())));
    }
    List<Guide> exceptions = new ArrayList<>();
    for (String tag : plan.exceptions()) {
      CHOICES.exceptions().stream()
          .filter(e -> e.tag().equals(tag))
          .findFirst()
          .ifPresentOrElse(
              e -> exceptions.add(new Guide(e.item().text(), PageWords.forPage(e.item().help()))),
              () -> exceptions.add(new Guide("Your own exception: " + tag + ".", "")));
    }
    return new PlanView.Summary(
        PlanWords.summary(plan.start(), plan.mode(), kit.today()), tactics, exceptions);
  }

  private PlanView.Form form(Submitted sent, Optional<Plan> plan, FieldProblems problems) {
    Submitted given = sent.fields().containsKey("start") ? sent : Submitted.NONE;
    String start =
        given.any()
            ? given.first("start").orElse("")
            : plan.map(p -> p.start().toString()).orElse(kit.today().toString());
    Mode mode =
        given.any()
            ? (given.first("mode").filter("strict"::equals).isPresent() ? Mode.STRICT : Mode.SOFT)
            : plan.map(Plan::mode).orElse(Mode.SOFT);
    List<String> tactics =
        given.any()
            ? chosenTactics(given)
            : plan.map(Plan::tactics).orElse(PlanChoices.defaultTactics());
    List<String> exceptions =
        given.any() ? given.all("exception") : plan.map(Plan::exceptions).orElse(List.of());
    List<Option> modes =
        List.of(
            new Option(
                "soft",
                PlanWords.modeName(Mode.SOFT),
                PlanWords.mode(Mode.SOFT),
                mode == Mode.SOFT),
            new Option(
                "strict",
                PlanWords.modeName(Mode.STRICT),
                PlanWords.mode(Mode.STRICT),
                mode == Mode.STRICT));
    List<Option> exceptionOptions = new ArrayList<>();
    for (ExceptionTag e : CHOICES.exceptions()) {
      exceptionOptions.add(
          new Option(e.tag(), e.item().text(), e.item().help(), exceptions.contains(e.tag())));
    }
    return new PlanView.Form(
        start, modes, areas(tactics, mode), exceptionOptions, plan.isPresent() && !problems.any());
  }

  private static List<PlanView.Area> areas(List<String> chosen, Mode mode) {
    Map<String, List<Tactic>> byArea = new LinkedHashMap<>();
    for (Tactic t : CHOICES.tactics()) {
      byArea.computeIfAbsent(t.area(), a -> new ArrayList<>()).add(t);
    }
    List<PlanView.Area> areas = new ArrayList<>();
    byArea.forEach(
        (area, tactics) -> {
          List<PlanView.TacticOption> single = new ArrayList<>();
          Map<String, List<Option>> groups = new LinkedHashMap<>();
          for (Tactic t : tactics) {
            Option option =
                new Option(
                    t.id(),
                    PageWords.forPage(t.item().text()),
                    PageWords.forPage(t.variant(mode)),
                    chosen.contains(t.id()));
            if (t.choice().isEmpty()) {
              single.add(new PlanView.TacticOption(option, t.warning()));
            } else {
              groups.computeIfAbsent(t.choice(), c -> new ArrayList<>()).add(option);
            }
          }
          List<PlanView.Choice> choices = new ArrayList<>();
          groups.forEach(
              (group, options) -> {
                List<Option> withNeither = new ArrayList<>(options);
                boolean none = options.stream().noneMatch(Option::checked);
                withNeither.add(new Option("", "Neither, for now", "", none));
                choices.add(new PlanView.Choice("choice-" + group, withNeither));
              });
          areas.add(new PlanView.Area(PlanWords.area(area), single, choices));
        });
    return areas;
  }

  /** The tactics ticked, and the alternative picked in each group. */
  List<String> chosenTactics(Submitted given) {
    List<String> ids = new ArrayList<>();
    for (Tactic t : CHOICES.tactics()) {
      boolean ticked =
          t.choice().isEmpty()
              ? given.all("tactic").contains(t.id())
              : given.first("choice-" + t.choice()).filter(t.id()::equals).isPresent();
      if (ticked) {
        ids.add(t.id());
      }
    }
    return ids;
  }

  private static PlanView.Message message(VaultSession session, String situation, String name) {
    List<Draft> drafts = PlanChoices.drafts(situation);
    List<Guide> shown =
        drafts.stream()
            .map(d -> PageWords.forPage(d.item().fill(name)))
            .map(item -> new Guide(item.text(), item.help()))
            .toList();
    Optional<String> hers = ExitMessages.find(session);
    return new PlanView.Message(
        hers.orElse(shown.isEmpty() ? "" : shown.get(0).text()), hers.isPresent(), shown);
  }
}
