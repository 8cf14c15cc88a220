package app.walkaway.web;

import app.walkaway.event.WalkawayException;
import app.walkaway.method.Answer;
import app.walkaway.method.Mode;
import app.walkaway.method.Plan;
import app.walkaway.method.ReadinessAnswers;
import app.walkaway.method.ReadinessResult.Verdict;
import app.walkaway.service.ExitMessages;
import app.walkaway.service.HisName;
import app.walkaway.service.PlanRequest;
import app.walkaway.service.Plans;
import app.walkaway.service.ReadinessCheck;
import app.walkaway.service.ServiceException;
import app.walkaway.service.VaultSession;
import app.walkaway.text.PlanWords;
import app.walkaway.web.view.FieldProblems;
import app.walkaway.web.view.Section;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plan: what to call him, whether now is the time (the readiness check), her plan (soft or strict,
 * tactics with what each means, exceptions), and her exit message. Each part is its own form; the
 * first steps show the same parts one at a time. A form with something to fix comes back with what
 * she chose and what to fix beside the field.
 */
final class PlanPage {
  static final String PATH = "/plan";
  static final String NAME = "/plan/name";
  static final String READINESS = "/plan/readiness";
  static final String MESSAGE = "/plan/message";

  /** A form sends its own place, so a problem is shown where she was. */
  static final String FROM = "from";

  private final Kit kit;
  private final PlanViews views;

  PlanPage(Kit kit) {
    this.kit = kit;
    this.views = new PlanViews(kit);
  }

  void show(Context ctx) {
    render(ctx, PATH, views.of(kit.session(), Submitted.NONE, FieldProblems.NONE));
  }

  void saveName(Context ctx) {
    String name = Optional.ofNullable(ctx.formParam("name")).orElse("").strip();
    if (name.length() > HisName.MAX_LENGTH) {
      problem(ctx, "name", "A name of at most " + HisName.MAX_LENGTH + " characters, please.");
      return;
    }
    HisName.save(kit.session(), name.replaceAll("\\p{Cntrl}", " "));
    done(ctx, "#his-name");
  }

  void readiness(Context ctx) {
    Submitted given = Submitted.of(ctx);
    Map<String, String> missing = new HashMap<>();
    Map<String, Answer> answers = new HashMap<>();
    for (String id : PlanViews.QUESTIONS) {
      Optional<Answer> answer = given.first(PlanViews.field(id)).flatMap(Answer::parse);
      if (answer.isEmpty()) {
        missing.put(PlanViews.field(id), "Choose yes, no or not sure.");
      } else {
        answers.put(id, answer.get());
      }
    }
    if (!missing.isEmpty()) {
      render(ctx, from(ctx), views.of(kit.session(), given, new FieldProblems(missing, Map.of())));
      return;
    }
    String situation = given.first("situation").filter(PlanViews::isSituation).orElse("");
    ReadinessCheck.run(
        kit.session(),
        new ReadinessAnswers(
            situation,
            answers.get("question.accept-loss"),
            answers.get("question.talked-first"),
            answers.get("question.own-part"),
            answers.get("question.motive"),
            answers.get("question.harm"),
            answers.get("question.control")));
    done(ctx, "#readiness");
  }

  void savePlan(Context ctx) {
    Submitted given = Submitted.of(ctx);
    Optional<LocalDate> start = Dates.parse(given.first("start").orElse(""));
    if (start.isEmpty()) {
      problems(ctx, given, "start", "Write the day as a date, for example 2026-03-01.");
      return;
    }
    Mode mode = given.first("mode").filter("strict"::equals).isPresent() ? Mode.STRICT : Mode.SOFT;
    VaultSession session = kit.session();
    try {
      Plans.start(
          session,
          new PlanRequest(
              start.get(),
              mode,
              views.chosenTactics(given),
              given.all("exception").stream().filter(PlanViews::isException).toList(),
              Optional.empty(),
              HisName.find(session).orElse("")));
    } catch (ServiceException e) {
      if (e.problem() != ServiceException.Problem.SAFETY_FIRST) {
        throw e;
      }
      problems(ctx, given, "start", PlanWords.verdict(Verdict.SAFETY_FIRST));
      return;
    } catch (WalkawayException e) {
      // The form offers only what the playbook holds; this is a form sent from elsewhere.
      problems(ctx, given, "start", "Part of the plan could not be read. Choose again, please.");
      return;
    }
    done(ctx, "#plan");
  }

  void saveMessage(Context ctx) {
    String text = Optional.ofNullable(ctx.formParam("message")).orElse("");
    if (text.strip().length() > ExitMessages.MAX_LENGTH) {
      problem(
          ctx,
          "message",
          "That is longer than " + ExitMessages.MAX_LENGTH + " characters. Keep it short.");
      return;
    }
    ExitMessages.save(kit.session(), text);
    done(ctx, "#exit-message");
  }

  /**
   * On to where the form leads: back to its own part of the page (the anchor), or on to the next
   * first step from its top.
   */
  private static void done(Context ctx, String anchor) {
    String next = Next.of(ctx, PATH);
    boolean samePage = next.equals(PATH) || next.equals(ctx.formParam(FROM));
    ctx.redirect(samePage ? next + anchor : next, HttpStatus.SEE_OTHER);
  }

  private void problem(Context ctx, String field, String what) {
    problems(ctx, Submitted.of(ctx), field, what);
  }

  private void problems(Context ctx, Submitted given, String field, String what) {
    FieldProblems problems =
        new FieldProblems(Map.of(field, what), Map.of(field, given.first(field).orElse("")));
    render(ctx, from(ctx), views.of(kit.session(), given, problems));
  }

  /** Where the form was: the page it is re-shown on when something needs fixing. */
  private static String from(Context ctx) {
    String from = ctx.formParam(FROM);
    return FirstStepsPage.STEPS.containsKey(from) ? from : PATH;
  }

  private void render(Context ctx, String where, PlanViews.Parts parts) {
    if (FirstStepsPage.STEPS.containsKey(where)) {
      FirstStepsPage.render(kit, ctx, where, parts);
    } else {
      kit.render(
          ctx, "plan.jte", Map.of("shell", kit.at(Section.PLAN), "plan", parts.view(PATH, PATH)));
    }
  }

  /** The form's fields as sent: each name with its values. */
  record Submitted(Map<String, List<String>> fields) {
    static final Submitted NONE = new Submitted(Map.of());

    static Submitted of(Context ctx) {
      return new Submitted(Map.copyOf(ctx.formParamMap()));
    }

    boolean any() {
      return !fields.isEmpty();
    }

    Optional<String> first(String name) {
      List<String> values = fields.getOrDefault(name, List.of());
      return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    List<String> all(String name) {
      return new ArrayList<>(fields.getOrDefault(name, List.of()));
    }
  }

  static Optional<Plan> plan(VaultSession session) {
    return Plans.find(session);
  }
}
