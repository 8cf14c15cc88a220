package app.walkaway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** The cut-down tree answers exactly as the full one: same output, same errors, same exit code. */
class LeanRootTest {
  @TempDir static Path dir;

  static Stream<String> argumentLines() {
    return Stream.of(
        "analyze --help",
        "analyze",
        "analyze nowhere.txt --me Ines",
        "analyze --gap 0 nowhere.txt",
        "analyze --bogus",
        "import --help",
        "signals --help",
        "readout --help",
        "help analyze",
        "--help",
        "--version",
        "analyse chat.txt");
  }

  @ParameterizedTest(name = "walkaway {0}")
  @MethodSource("argumentLines")
  void leanTreeAnswersAsTheFullTree(String line) {
    String[] args = line.split(" ");
    CliRun lean = CliRun.of(args);
    CliRun full = full(args);
    assertThat(lean.out()).isEqualTo(full.out());
    assertThat(lean.err()).isEqualTo(full.err());
    assertThat(lean.exitCode()).isEqualTo(full.exitCode());
  }

  @Test
  void onlyTheNamedCommandIsBuilt() {
    assertThat(LeanRoot.forArgs("analyze", "x.txt").getSubcommands()).containsOnlyKeys("analyze");
    assertThat(LeanRoot.forArgs("help").getSubcommands()).containsKeys("help", "analyze", "import");
    assertThat(LeanRoot.forArgs().getSubcommands())
        .hasSize(Cli.commandLine().getSubcommands().size());
  }

  private static CliRun full(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Cli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }
}
