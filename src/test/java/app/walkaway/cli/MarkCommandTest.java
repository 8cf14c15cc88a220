package app.walkaway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code walkaway mark} over a real vault, and the read-out honouring her marks. */
class MarkCommandTest {
  private static final Path EXAMPLE = Path.of("examples/whatsapp-maya-and-sam.txt");
  private static final String[] READOUT = {
    "--start", "2026-03-01", "--now", "2026-04-15T20:00", "--name", "Sam"
  };
  // Sam, 16 March: "did u see the match" (line 228 of the example), no signal in its words.
  private static final String PLAIN = EXAMPLE.getFileName() + ":228";

  @TempDir Path dir;

  private VaultCli vaultWithTheExample() {
    VaultCli cli = VaultCli.in(dir);
    cli.init();
    assertThat(cli.run("import", EXAMPLE.toString(), "--me", "Maya").exitCode()).isZero();
    return cli;
  }

  private static JsonNode json(CliRun run) throws Exception {
    assertThat(run.exitCode()).as(run.err()).isZero();
    return new ObjectMapper().readTree(run.out());
  }

  private JsonNode readout(VaultCli cli) throws Exception {
    String[] args = java.util.Arrays.copyOf(READOUT, READOUT.length + 1);
    args[READOUT.length] = "--json";
    return json(cli.run("readout", args));
  }

  @Test
  void herRedFlagMarkMakesTheReadoutUnsafeAndIsListedAsMarkedByHer() throws Exception {
    VaultCli cli = vaultWithTheExample();
    assertThat(readout(cli).get("readout").get("outcome").asText()).isEqualTo("CHASING");

    CliRun marked = cli.run("mark", PLAIN, "red-flag");

    assertThat(marked.exitCode()).as(marked.err()).isZero();
    assertThat(marked.out())
        .startsWith(
            "Marked as a red flag: 2026-03-16 19:30  " + PLAIN + "  \"did u see the match\"")
        .contains("counts it as a warning sign");
    JsonNode after = readout(cli);
    assertThat(after.get("readout").get("outcome").asText()).isEqualTo("UNSAFE");
    assertThat(after.get("readout").get("evidence").toString())
        .contains("did u see the match")
        .contains("marked by you as a red flag");
    assertThat(after.get("marked_by_you").get(0).get("mark").asText()).isEqualTo("red-flag");
    CliRun text = cli.run("readout", READOUT);
    assertThat(text.out())
        .contains("You marked what he sent on 16 March 2026")
        .contains("Marked by you (your reading wins over the rules):")
        .contains("a red flag: 2026-03-16 19:30  " + PLAIN);

    assertThat(cli.run("mark", PLAIN, "off").out()).startsWith("Your mark is off:");
    assertThat(readout(cli).get("readout").get("outcome").asText()).isEqualTo("CHASING");
    assertThat(cli.run("mark").out()).contains("You have not marked any of his messages yet.");
  }

  @Test
  void notASignalSetsHisWarmWordsAsideAndWarmMakesAPlainMessageWarm() throws Exception {
    VaultCli cli = vaultWithTheExample();
    JsonNode before = readout(cli);
    String warm = warmSources(before);
    assertThat(warm).isNotEmpty();
    String first = warm.split(" ")[0];

    assertThat(cli.run("mark", first, "none").exitCode()).isZero();

    assertThat(warmSources(readout(cli))).doesNotContain(first + " ").isNotEqualTo(warm);
    assertThat(cli.run("mark", PLAIN, "warm").exitCode()).isZero();
    assertThat(readout(cli).get("readout").get("evidence").toString())
        .contains("marked by you as warm");
    assertThat(cli.run("mark").out())
        .contains("not a signal: ")
        .contains("warm: 2026-03-16 19:30  " + PLAIN);
  }

  private static String warmSources(JsonNode root) {
    StringBuilder out = new StringBuilder();
    for (JsonNode e : root.get("readout").get("evidence")) {
      if (!e.get("why").asText().startsWith("marked")) {
        out.append(e.get("source").asText()).append(' ');
      }
    }
    return out.toString();
  }

  @Test
  void badPlacesAndMarksSayWhatIsExpected() {
    VaultCli cli = vaultWithTheExample();

    CliRun noLine = cli.run("mark", "chat.txt", "warm");
    CliRun badMark = cli.run("mark", PLAIN, "angry");
    CliRun hers = cli.run("mark", EXAMPLE.getFileName() + ":2", "red-flag");
    CliRun nothing = cli.run("mark", EXAMPLE.getFileName() + ":9999", "warm");

    assertThat(noLine.exitCode()).isNotZero();
    assertThat(noLine.err()).contains("'chat.txt' is not a file and line").contains("chat.txt:212");
    assertThat(badMark.err()).contains("unknown MARK 'angry'");
    assertThat(hers.err()).contains("your own message");
    assertThat(nothing.err()).contains("nothing was imported from this line");
    assertThat(cli.run("mark").out()).contains("You have not marked");
  }
}
