package app.walkaway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Issue 15, "Also": private words never need a command-line argument. Without {@code --text}, an
 * urge or a note is asked for (here, with no terminal, read from standard input); {@code --text -}
 * reads standard input for any kind; an urge without words is refused instead of stored empty.
 */
@ResourceLock("java.lang.System.in")
class PrivateWordsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;
  private VaultCli cli;

  @BeforeEach
  void aVault() {
    cli = VaultCli.in(dir);
    cli.init();
  }

  @Test
  void anUrgeWithoutTextIsAskedForAndStored() throws IOException {
    CliRun run = withInput("I still think about the lake trip\n", "log", "urge");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(texts("urge")).containsExactly("I still think about the lake trip");
  }

  @Test
  void anUrgeWithoutWordsIsRefusedNotStoredEmpty() throws IOException {
    CliRun run = withInput("  \n", "log", "urge");

    assertThat(run.exitCode()).isNotZero();
    assertThat(run.err())
        .contains("an urge is its words, and none were given, so nothing was logged")
        .contains("--text -");
    assertThat(texts("urge")).isEmpty();
  }

  @Test
  void aNoteFromStandardInputKeepsItsLines() throws IOException {
    CliRun run = withInput("Slept badly.\nStill proud.\n", "log", "note", "--text", "-");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(texts("note")).containsExactly("Slept badly.\nStill proud.");
  }

  @Test
  void aVisitNeedsNoWordsAndLeavesStandardInputAlone() throws IOException {
    CliRun run = withInput("not for the visit\n", "log", "visit", "--at", "2026-03-04 19:30");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(texts("visit")).containsExactly("");
  }

  @Test
  void endlessInputIsRefusedInBoundedMemory() throws IOException {
    String tooMuch = "a".repeat(PrivateWords.MAX_BYTES + 1);

    CliRun run = withInput(tooMuch, "log", "urge");

    assertThat(run.exitCode()).isNotZero();
    assertThat(run.err()).contains("longer than 64 kB, so nothing was logged");
    assertThat(texts("urge")).isEmpty();
  }

  private CliRun withInput(String input, String... args) {
    InputStream saved = System.in;
    System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
    try {
      return cli.run(args[0], java.util.Arrays.copyOfRange(args, 1, args.length));
    } finally {
      System.setIn(saved);
    }
  }

  private List<String> texts(String kind) throws IOException {
    CliRun export = cli.run("export", "--json");
    assertThat(export.exitCode()).as(export.err()).isZero();
    List<String> texts = new ArrayList<>();
    for (JsonNode event : JSON.readTree(export.out()).get("events")) {
      if (event.get("kind").asText().equals(kind)) {
        texts.add(event.get("text").asText());
      }
    }
    return texts;
  }
}
