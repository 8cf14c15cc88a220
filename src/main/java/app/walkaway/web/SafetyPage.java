package app.walkaway.web;

import app.walkaway.safety.help.CountryHelp;
import app.walkaway.safety.screen.Question;
import app.walkaway.safety.screen.Reply;
import app.walkaway.safety.screen.ScreenAnswers;
import app.walkaway.safety.screen.ScreenResult;
import app.walkaway.service.HelpLines;
import app.walkaway.service.RedFlagMessages;
import app.walkaway.service.SafetyScreening;
import app.walkaway.service.VaultSession;
import app.walkaway.text.EvidenceWords;
import app.walkaway.text.SafetyWords;
import app.walkaway.web.view.FieldProblems;
import app.walkaway.web.view.Option;
import app.walkaway.web.view.SafetyView;
import app.walkaway.web.view.Section;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Safety: the number to call now and her country's helplines (country from Settings), the
 * safety-plan checklist, and the risk screen: a calm form, pre-filled from the red flags in his
 * messages for her to confirm, and its result (never a score).
 */
final class SafetyPage {
  static final String PATH = "/safety";
  static final String SCREEN = "/safety/screen";

  /** Her words beside the questions: enough for a paragraph, not a book. */
  static final int MAX_ANYTHING_ELSE = 4_000;

  private final Kit kit;

  SafetyPage(Kit kit) {
    this.kit = kit;
  }

  void show(Context ctx) {
    VaultSession session = kit.session();
    kit.render(
        ctx,
        "safety.jte",
        Map.of(
            "shell",
            kit.at(Section.SAFETY),
            "help",
            help(session),
            "plan",
            SafetyWords.plan(),
            "last",
            SafetyScreening.last(session)
                .map(s -> "You last answered the questions on " + EvidenceWords.day(s.at()) + ".")
                .orElse("")));
  }

  void screen(Context ctx) {
    VaultSession session = kit.session();
    Map<Question, Set<String>> suggested =
        SafetyScreening.prefill(RedFlagMessages.kinds(RedFlagMessages.find(session, kit.now())));
    Map<Question, Reply> chosen = new EnumMap<>(Question.class);
    suggested.keySet().forEach(q -> chosen.put(q, Reply.YES));
    renderForm(ctx, form(chosen, suggested, "", FieldProblems.NONE));
  }

  void answer(Context ctx) {
    Map<Question, Reply> replies = new EnumMap<>(Question.class);
    Map<String, String> missing = new HashMap<>();
    for (Question question : Question.values()) {
      Optional<Reply> reply =
          Optional.ofNullable(ctx.formParam(field(question))).flatMap(SafetyPage::reply);
      if (reply.isPresent()) {
        replies.put(question, reply.get());
      } else {
        missing.put(field(question), "Choose yes, no or not sure.");
      }
    }
    String anythingElse = Optional.ofNullable(ctx.formParam("anything-else")).orElse("").strip();
    if (anythingElse.length() > MAX_ANYTHING_ELSE) {
      missing.put(
          "anything-else",
          "That is longer than " + MAX_ANYTHING_ELSE + " characters. Keep the main points here.");
    }
    if (!missing.isEmpty()) {
      FieldProblems problems = new FieldProblems(missing, Map.of("anything-else", anythingElse));
      renderForm(ctx, form(replies, Map.of(), anythingElse, problems));
      return;
    }
    VaultSession session = kit.session();
    SafetyScreening.Screening screening =
        SafetyScreening.screen(session, new ScreenAnswers(replies, anythingElse), kit.now());
    kit.render(
        ctx,
        "safety-result.jte",
        Map.of(
            "shell",
            kit.at(Section.SAFETY),
            "result",
            result(screening.result(), country(session), screening)));
  }

  private static SafetyView.Result result(
      ScreenResult result, Optional<CountryHelp> help, SafetyScreening.Screening screening) {
    SafetyWords.Message message = SafetyWords.result(result, help);
    return new SafetyView.Result(
        result instanceof ScreenResult.SpecialistNow,
        message.headline(),
        message.lead(),
        message.because(),
        message.unsure(),
        message.help(),
        message.plan(),
        message.cautions(),
        "Kept in your vault, dated " + EvidenceWords.recorded(screening.at()) + ".");
  }

  private static SafetyView.ScreenForm form(
      Map<Question, Reply> chosen,
      Map<Question, Set<String>> suggested,
      String anythingElse,
      FieldProblems problems) {
    List<SafetyView.Question> questions = new ArrayList<>();
    for (Question question : Question.values()) {
      Optional<Reply> reply = Optional.ofNullable(chosen.get(question));
      List<Option> answers = new ArrayList<>();
      for (Reply r : Reply.values()) {
        answers.add(new Option(label(r), words(r), "", reply.filter(r::equals).isPresent()));
      }
      questions.add(
          new SafetyView.Question(
              field(question),
              SafetyWords.question(question),
              Optional.ofNullable(suggested.get(question))
                  .map(kinds -> SafetyWords.suggestedOnPage(List.copyOf(kinds))),
              answers));
    }
    return new SafetyView.ScreenForm(questions, anythingElse, !suggested.isEmpty(), problems);
  }

  private void renderForm(Context ctx, SafetyView.ScreenForm form) {
    kit.render(
        ctx,
        "safety-screen.jte",
        Map.of(
            "shell",
            kit.at(Section.SAFETY),
            "form",
            form,
            "intro",
            SafetyWords.intro(),
            "anythingElse",
            SafetyWords.anythingElseQuestion()));
  }

  /** Her country's numbers, or how to choose her country. */
  static SafetyView.Help help(VaultSession session) {
    Optional<CountryHelp> help = country(session);
    return new SafetyView.Help(
        help.map(h -> new Locale("", h.country()).getDisplayCountry(Locale.UK)).orElse(""),
        SafetyWords.emergencyNow(help),
        help.isPresent() ? SafetyWords.helpLines(help) : List.of());
  }

  static Optional<CountryHelp> country(VaultSession session) {
    return HelpLines.find(Optional.empty(), HelpLines.savedCountry(session));
  }

  static String field(Question question) {
    return "q-" + question.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String label(Reply reply) {
    return reply.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String words(Reply reply) {
    return switch (reply) {
      case YES -> "Yes";
      case NO -> "No";
      case NOT_SURE -> "Not sure";
    };
  }

  private static Optional<Reply> reply(String sent) {
    return Reply.parse(sent.replace('-', ' '));
  }
}
