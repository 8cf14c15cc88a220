package app.walkaway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * An export whose names and messages hold terminal escapes (clear the screen, hide what follows,
 * retitle the window, an 8-bit CSI) and bidirectional overrides is printed inert by every command:
 * not one of those characters reaches the terminal, and each shows as a visible escape instead.
 */
@ResourceLock("java.lang.System.in")
class TerminalEscapesTest {
  private static final String CLEAR = "\u001B[2J";
  private static final String HIDE = "\u001B[8m";
  private static final String TITLE = "\u001B]0;owned\u0007";
  private static final String CSI = "\u009B31m";
  private static final String RLO = "\u202E";
  private static final String ISOLATE = "\u2066";
  private static final String HIM = "Sam" + TITLE;

  @TempDir Path dir;

  /** The bundled example with his name and many of his messages made hostile. */
  private Path hostileExport() throws IOException {
    String chat = Files.readString(Path.of("examples/whatsapp-maya-and-sam.txt"));
    StringBuilder out = new StringBuilder();
    int his = 0;
    for (String line : chat.split("\n", -1)) {
      if (line.contains(" - Sam: ")) {
        line = line.replace(" - Sam: ", " - " + HIM + ": ");
        line +=
            switch (his++ % 4) {
              case 0 -> " " + CLEAR + HIDE + "you did nothing wrong";
              case 1 -> " " + RLO + "reversed" + "\u202C";
              case 2 -> " " + CSI + "red" + ISOLATE + "x\u2069";
              default -> "\r tail\u007F";
            };
      }
      out.append(line).append('\n');
    }
    Path file = dir.resolve("chat" + CLEAR + ".txt");
    Files.writeString(file, out);
    return file;
  }

  @Test
  void analyzePrintsNoControlCharacterOfTheExport() throws IOException {
    CliRun run = CliRun.of("analyze", hostileExport().toString(), "--me", "Maya");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertInert(run);
    assertThat(run.out()).contains("Sam\\u001B]0;owned\\u0007");
  }

  @Test
  void readoutQuotesHisWordsInert() throws IOException {
    VaultCli cli = VaultCli.in(dir);
    cli.init();
    CliRun imported = cli.run("import", hostileExport().toString(), "--me", "Maya");
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    assertInert(imported);

    CliRun run = cli.run("readout", "--start", "2026-03-01", "--now", "2026-04-15T20:00");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertInert(run);
    assertThat(run.out()).contains("\\u001B[2J\\u001B[8m");
  }

  @Test
  void signalsPrintsTheTextItReadInert() {
    CliRun run =
        withInput(CLEAR + "i miss u" + HIDE + "\n" + RLO + "answer me" + TITLE + "\n", "signals");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertInert(run);
    assertThat(run.out()).contains("\\u001B[2Ji miss u\\u001B[8m").contains("\\u202Eanswer me");
  }

  /** JSON stays valid and means the same characters: the escapes are JSON's own. */
  @Test
  void jsonKeepsEveryCharacterAsAValidEscape() throws IOException {
    CliRun run = CliRun.of("analyze", hostileExport().toString(), "--me", "Maya", "--json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertInert(run);
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("them").asText()).isEqualTo(HIM);
  }

  /** Bidi overrides, C1 and DEL, which Jackson writes raw, come back the same from the escapes. */
  @Test
  void jsonKeepsBidiC1AndDelToo() throws IOException {
    String text = RLO + "answer" + "\u202C " + CSI + " del\u007F " + ISOLATE + "x\u2069 " + TITLE;
    CliRun run = withInput(text + "\n", "signals", "--json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertInert(run);
    assertThat(new ObjectMapper().readTree(run.out()).get("text").asText()).isEqualTo(text);
  }

  @Test
  void anErrorNamingAHostileFileIsInertToo() {
    CliRun run = CliRun.of("analyze", dir.resolve("missing" + CLEAR + RLO + ".txt").toString());

    assertThat(run.exitCode()).isNotZero();
    assertInert(run);
    assertThat(run.err()).contains("missing\\u001B[2J\\u202E.txt: no such file");
  }

  private static void assertInert(CliRun run) {
    for (String printed : new String[] {run.out(), run.err()}) {
      assertThat(printed.chars().filter(c -> !TerminalFilter.inert((char) c)).boxed())
          .as("control characters printed")
          .isEmpty();
      assertThat(printed).doesNotContain("\u001B", "\u009B", "\u0007", "\u202E", "\u2066", "\r");
    }
  }

  private static CliRun withInput(String input, String... args) {
    InputStream saved = System.in;
    System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
    try {
      return CliRun.of(args);
    } finally {
      System.setIn(saved);
    }
  }
}
