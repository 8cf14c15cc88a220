package app.walkaway.cli;

import app.walkaway.safety.screen.Question;
import app.walkaway.safety.screen.Reply;
import app.walkaway.safety.screen.ScreenAnswers;
import app.walkaway.text.SafetyWords;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Asks the risk screen's questions one line per answer, so it works at a terminal and from a script
 * alike. A suggested answer (from his messages) is taken when she just presses Enter.
 */
final class ScreenInterview {
  private static final int TRIES = 3;
  private static final int MAX_ANSWER = 200;
  private static final int MAX_MORE = 5_000;
  private final BoundedLines in;
  private final PrintWriter out;

  ScreenInterview(BoundedLines in, PrintWriter out) {
    this.in = in;
    this.out = out;
  }

  ScreenAnswers ask(Map<Question, Set<String>> suggested) {
    Wrap.print(out, "", "", SafetyWords.intro());
    Map<Question, Reply> replies = new EnumMap<>(Question.class);
    for (Question question : Question.values()) {
      replies.put(question, ask(question, Optional.ofNullable(suggested.get(question))));
    }
    out.println();
    Wrap.print(out, "", "", SafetyWords.anythingElseQuestion());
    out.print("  > ");
    out.flush();
    String more = line(MAX_MORE, "what you added");
    return new ScreenAnswers(replies, more.strip());
  }

  private Reply ask(Question question, Optional<Set<String>> suggestedBy) {
    out.println();
    Wrap.print(out, "", "  ", SafetyWords.question(question));
    suggestedBy.ifPresent(
        kinds -> Wrap.print(out, "  ", "  ", SafetyWords.suggested(new ArrayList<>(kinds))));
    for (int i = 0; i < TRIES; i++) {
      out.print("  (yes / no / not sure): ");
      out.flush();
      String typed = line(MAX_ANSWER, "an answer");
      if (typed.isBlank() && suggestedBy.isPresent()) {
        return Reply.YES;
      }
      Optional<Reply> reply = Reply.parse(typed);
      if (reply.isPresent()) {
        return reply.get();
      }
      out.println("  Please answer yes, no or not sure.");
    }
    throw new InputMissingException(
        "the risk screen stopped: no usable answer to \""
            + SafetyWords.question(question)
            + "\" (expected yes, no or not sure)");
  }

  private String line(int max, String what) {
    return in.next(max, what)
        .orElseThrow(
            () ->
                new InputMissingException(
                    "the risk screen stopped before the end: the answer is missing (input ended)."
                        + " Nothing was kept."));
  }
}
