package app.walkaway.cli;

import app.walkaway.service.ServiceException;
import app.walkaway.service.SignalReading;
import app.walkaway.signals.Signal;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
      description = "Languages to apply (default: all of ${DEFAULT-VALUE}).",
      defaultValue = "en,de,es,fr,pt,it")
  List<String> languages;

  @Override
  public void run() {
    SignalReading detector = detector();
    PrintWriter out = spec.commandLine().getOut();
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        List<Signal> signals = detector.read(line);
        out.println(json ? jsonLine(line, signals) : humanLine(line, signals));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.flush();
  }

  private SignalReading detector() {
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
          .put("match", s.match());
    }
    return node.toString();
  }

  static String humanLine(String text, List<Signal> signals) {
    if (signals.isEmpty()) {
      return text + "  ->  no signal";
    }
    String found =
        signals.stream()
            .map(s -> s.kind().label() + " \"" + s.match() + "\" (" + s.rule() + ")")
            .collect(Collectors.joining("; "));
    return text + "  ->  " + found;
  }

  private static Set<String> kinds(List<Signal> signals) {
    Set<String> kinds = new LinkedHashSet<>();
    signals.forEach(s -> kinds.add(s.kind().name()));
    return kinds;
  }
}
