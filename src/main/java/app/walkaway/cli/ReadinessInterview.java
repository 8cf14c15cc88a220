package app.walkaway.cli;

import app.walkaway.method.Answer;
import app.walkaway.method.Item;
import app.walkaway.method.MethodException;
import app.walkaway.method.Playbook;
import app.walkaway.method.ReadinessAnswers;
import app.walkaway.method.Section;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Asks the readiness questions that were not given as options, one line per answer, so it works at
 * a terminal and from a script alike. A missing line says which answer is missing.
 */
final class ReadinessInterview {
  private static final int TRIES = 3;
  private final BufferedReader in;
  private final PrintWriter out;
  private final Playbook playbook;

  ReadinessInterview(BufferedReader in, PrintWriter out, Playbook playbook) {
    this.in = in;
    this.out = out;
    this.playbook = playbook;
  }

  /** Answers by question id (without the situation), asking for the missing ones. */
  ReadinessAnswers complete(String situation, Map<String, Answer> given) {
    String chosen = situation != null ? situation : askSituation();
    return new ReadinessAnswers(
        chosen,
        answer("question.accept-loss", given),
        answer("question.talked-first", given),
        answer("question.own-part", given),
        answer("question.motive", given),
        answer("question.harm", given),
        answer("question.control", given));
  }

  private Answer answer(String id, Map<String, Answer> given) {
    if (given.get(id) != null) {
      return given.get(id);
    }
    Item question = playbook.item(id).fill("");
    out.println();
    out.println(question.text());
    Wrap.print(out, "  ", "  ", question.help());
    for (int i = 0; i < TRIES; i++) {
      out.print("  (yes / no / not sure): ");
      out.flush();
      Optional<Answer> answer = Answer.parse(line(id));
      if (answer.isPresent()) {
        return answer.get();
      }
      out.println("  Please answer yes, no or not sure.");
    }
    throw new MethodException(id + ": no usable answer (expected yes, no or not sure)");
  }

  private String askSituation() {
    List<Item> situations = playbook.items(Section.SITUATION);
    out.println(playbook.item("question.situation").text());
    for (int i = 0; i < situations.size(); i++) {
      out.println("  " + (i + 1) + ". " + situations.get(i).text());
    }
    out.print("  Number (or press Enter to skip): ");
    out.flush();
    String line = line("question.situation").strip();
    if (line.matches("[1-9]") && Integer.parseInt(line) <= situations.size()) {
      return situations.get(Integer.parseInt(line) - 1).id();
    }
    return line.isEmpty() ? "" : line;
  }

  private String line(String id) {
    try {
      String line = in.readLine();
      if (line == null) {
        throw new MethodException(
            id
                + ": the answer is missing (input ended); answer on the terminal or give it as an"
                + " option, e.g. --"
                + id.substring("question.".length())
                + " no");
      }
      return line;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
