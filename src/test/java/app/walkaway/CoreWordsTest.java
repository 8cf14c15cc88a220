package app.walkaway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No message from the core or the service names a command or an option: the web app would show
 * "walkaway init" or "--them" to someone who never saw a terminal. Each edge adds its own way out
 * (cli.ProblemWords). Read from the sources: a string literal is what a message is made of.
 */
class CoreWordsTest {
  private static final List<String> CORE =
      List.of(
          "event",
          "importer",
          "analysis",
          "signals",
          "readout",
          "method",
          "safety",
          "vault",
          "service",
          "text");

  /** The vault branch's unlock files, still to be worded this way (see the service report). */
  private static final Set<String> NOT_YET = Set.of("vault/Unlock.java", "vault/Vault.java");

  /**
   * Files that name commands only to take them out: PageWords finds the playbook's command asides
   * and says them as pages instead.
   */
  private static final Set<String> TRANSLATORS = Set.of("text/PageWords.java");

  /**
   * Files whose only such literal is a data format's name, never shown to her: the canonical
   * encoding's header is sealed into every evidence entry, so renaming it would break every seal.
   */
  private static final Set<String> FORMATS = Set.of("safety/evidence/Canonical.java");

  private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern COMMAND =
      Pattern.compile(
          "walkaway (init|import|log|plan|readiness|today|signals|readout|analyze|export|backup"
              + "|passphrase|wipe|serve|evidence|report|safety|mark)\\b|(^|\\s)--[a-z]");

  @Test
  void noCoreMessageNamesACommandOrAnOption() throws IOException {
    List<String> found = new ArrayList<>();
    Path root = Path.of("src/main/java/app/walkaway");
    for (String pkg : CORE) {
      Path dir = root.resolve(pkg);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          String name = root.relativize(file).toString().replace('\\', '/');
          if (!NOT_YET.contains(name) && !TRANSLATORS.contains(name) && !FORMATS.contains(name)) {
            found.addAll(commandsIn(name, Files.readString(file)));
          }
        }
      }
    }
    assertThat(found).isEmpty();
  }

  private static List<String> commandsIn(String file, String source) {
    List<String> found = new ArrayList<>();
    String[] lines = source.split("\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.startsWith("*") || line.startsWith("//") || line.startsWith("/*")) {
        continue;
      }
      Matcher literal = LITERAL.matcher(line);
      while (literal.find()) {
        if (COMMAND.matcher(literal.group(1)).find()) {
          found.add(file + ":" + (i + 1) + ": " + literal.group());
        }
      }
    }
    return found;
  }
}
