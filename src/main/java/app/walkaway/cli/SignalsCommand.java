package app.walkaway.cli;

import app.walkaway.service.ServiceException;
import app.walkaway.service.SignalReading;
import app.walkaway.signals.ChatLanguage;
import app.walkaway.signals.Signal;
import app.walkaway.text.LanguageWords;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code walkaway signals}: reads his messages, one per line, and says what each one signals. */
@Command(
    name = "signals",
    mixinStandardHelpOptions = true,
    description = {
      "Shows the signals in messages from him, read one per line from standard input.",
      "Warm bids, probing, goodbyes and red flags, each with the rule and the words that matched."
    })
public final class SignalsCommand implements Runnable {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;

  @Option(names = "--json", description = "One JSON object per line.")
  boolean json;

  @Option(
      names = "--lang",
      split = ",",
      paramLabel = "CODE",
      description =
          "Languages to apply, of en,de,es,fr,pt,it (default: the language the messages are"
              + " written in).")
  List<String> languages;

  @Option(
      names = "--second-opinion",
      description =
          "Also ask a small learned model: a message in which the rules find no red flag may be"
              + " shown as a possible one. It finds some the rules miss, and is wrong more often.")
  boolean secondOpinion;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
      // The first messages tell the chat's language; they are kept to be read with it.
      List<String> first = new ArrayList<>();
      String line;
      while (first.size() < SignalReading.sampleSize() && (line = in.readLine()) != null) {
        first.add(line);
      }
      SignalReading chosen = detector(first);
      SignalReading detector = secondOpinion ? chosen.withSecondOpinion() : chosen;
      LanguageWords.notRead(detector.language())
          .ifPresent(words -> (json ? spec.commandLine().getErr() : out).println(words));
      for (String text : first) {
        print(out, detector, text);
      }
      while ((line = in.readLine()) != null) {
        print(out, detector, line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.flush();
  }

  private void print(PrintWriter out, SignalReading detector, String text) {
    List<Signal> signals = detector.read(text);
    boolean unread = detector.language() instanceof ChatLanguage.Unsupported;
    out.println(json ? jsonLine(text, signals) : humanLine(text, signals, unread));
  }

  private SignalReading detector(List<String> first) {
    if (languages == null) {
      return SignalReading.forChat(first);
    }
    try {
      return SignalReading.of(languages);
    } catch (ServiceException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  static String jsonLine(String text, List<Signal> signals) {
    ObjectNode node = JSON.createObjectNode();
    node.put("text", text);
    ArrayNode kinds = node.putArray("kinds");
    kinds(signals).forEach(kinds::add);
    ArrayNode matches = node.putArray("matches");
    for (Signal s : signals) {
      matches
          .addObject()
          .put("kind", s.kind().name())
          .put("rule", s.rule())
          .put("match", s.match())
          .put("possible", s.possible());
    }
    return node.toString();
  }

  /**
   * @param unread the chat is in a language without a lexicon: a line without a signal was not
   *     read, which is not the same as holding none
   */
  static String humanLine(String text, List<Signal> signals, boolean unread) {
    if (signals.isEmpty()) {
      return text + (unread ? "  ->  not read (see above)" : "  ->  no signal");
    }
    String found =
        signals.stream()
            .map(
                s ->
                    (s.possible() ? "possibly " : "")
                        + s.kind().label()
                        + " \""
                        + s.match()
                        + "\" ("
                        + s.rule()
                        + ")")
            .collect(Collectors.joining("; "));
    return text + "  ->  " + found;
  }

  private static Set<String> kinds(List<Signal> signals) {
    Set<String> kinds = new LinkedHashSet<>();
    signals.forEach(s -> kinds.add(s.kind().name()));
    return kinds;
  }
}
