package app.walkaway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * analyze's arguments read without picocli mean exactly what picocli reads them as, and whatever
 * the quick reader is not sure of goes to picocli, so every message about a mistake stays
 * picocli's.
 */
class QuickAnalyzeTest {
  private static final String EXAMPLE = "examples/whatsapp-maya-and-sam.txt";

  @TempDir Path dir;

  static Stream<List<String>> plainArguments() {
    return Stream.of(
        List.of("analyze", "chat.txt"),
        List.of("analyze", "chat.txt", "--me", "Maya"),
        List.of("analyze", "--me", "Maya Lindqvist", "a.txt", "b.zip", "--json"),
        List.of("analyze", "chat.txt", "--them", "Sam", "--gap", "2.5"),
        List.of("analyze", "chat.txt", "--gap", "1e1", "--start", "2026-03-01"),
        List.of("analyze", "chat.txt", "--now", "2026-04-15 20:00", "--start", " 2026-03-01 "),
        List.of("analyze", "dir/with space/chat.txt", "--now", "2026-04-15T20:00:30"));
  }

  @ParameterizedTest
  @MethodSource("plainArguments")
  void plainArgumentsReadAsPicocliReadsThem(List<String> args) {
    AnalyzeCommand quick = QuickAnalyze.read(args.toArray(String[]::new)).orElseThrow();
    AnalyzeCommand picocli = new AnalyzeCommand();
    new CommandLine(picocli).parseArgs(args.subList(1, args.size()).toArray(String[]::new));

    assertThat(quick.files).isEqualTo(picocli.files);
    assertThat(quick.who.me).isEqualTo(picocli.who.me);
    assertThat(quick.who.them).isEqualTo(picocli.who.them);
    assertThat(quick.period.start).isEqualTo(picocli.period.start);
    assertThat(quick.period.now).isEqualTo(picocli.period.now);
    assertThat(quick.gapHours).isEqualTo(picocli.gapHours);
    assertThat(quick.json).isEqualTo(picocli.json);
  }

  static Stream<Arguments> argumentsLeftToPicocli() {
    return Stream.of(
        Arguments.of("no file", new String[] {"analyze", "--me", "Maya"}),
        Arguments.of("nothing at all", new String[] {"analyze"}),
        Arguments.of("another command", new String[] {"import", "chat.txt"}),
        Arguments.of("help", new String[] {"analyze", "chat.txt", "--help"}),
        Arguments.of("short help", new String[] {"analyze", "-h"}),
        Arguments.of("version", new String[] {"analyze", "chat.txt", "-V"}),
        Arguments.of("name=value", new String[] {"analyze", "chat.txt", "--me=Maya"}),
        Arguments.of("argument file", new String[] {"analyze", "@args.txt"}),
        Arguments.of("end of options", new String[] {"analyze", "--", "chat.txt"}),
        Arguments.of("a typo", new String[] {"analyze", "chat.txt", "--mee", "Maya"}),
        Arguments.of("no value", new String[] {"analyze", "chat.txt", "--me"}),
        Arguments.of("option as value", new String[] {"analyze", "chat.txt", "--me", "--json"}),
        Arguments.of("twice", new String[] {"analyze", "chat.txt", "--me", "A", "--me", "B"}),
        Arguments.of("flag twice", new String[] {"analyze", "chat.txt", "--json", "--json"}),
        Arguments.of("bad date", new String[] {"analyze", "chat.txt", "--start", "2026-13-01"}),
        Arguments.of("bad moment", new String[] {"analyze", "chat.txt", "--now", "yesterday"}),
        Arguments.of("bad gap", new String[] {"analyze", "chat.txt", "--gap", "six"}),
        Arguments.of("negative gap", new String[] {"analyze", "chat.txt", "--gap", "-3"}),
        Arguments.of("vault option", new String[] {"analyze", "chat.txt", "--home", "x"}),
        Arguments.of("empty file name", new String[] {"analyze", ""}),
        Arguments.of("file not a path", new String[] {"analyze", "a\0b"}));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("argumentsLeftToPicocli")
  void doubtfulArgumentsAreLeftToPicocli(String what, String[] args) {
    assertThat(QuickAnalyze.read(args)).isEmpty();
  }

  @Test
  void everyOptionReadHereIsOneOfPicocli() {
    List<String> names =
        new CommandLine(new AnalyzeCommand())
            .getCommandSpec().options().stream()
                .flatMap(option -> Arrays.stream(option.names()))
                .toList();
    assertThat(names).containsAll(QuickAnalyze.OPTIONS);
    OptionSpec gap = new CommandLine(new AnalyzeCommand()).getCommandSpec().findOption("--gap");
    assertThat(gap.defaultValue()).isEqualTo(AnalyzeCommand.DEFAULT_GAP_HOURS);
  }

  static Stream<Arguments> runs() {
    String now = "2026-04-15T20:00";
    return Stream.of(
        Arguments.of(true, new String[] {"analyze", EXAMPLE, "--me", "Maya", "--now", now}),
        Arguments.of(
            true,
            new String[] {
              "analyze", EXAMPLE, "--me", "Maya", "--now", now, "--json", "--start", "2026-03-01"
            }),
        Arguments.of(true, new String[] {"analyze", EXAMPLE, "--me", "Nobody", "--now", now}),
        Arguments.of(true, new String[] {"analyze", "no-such-file.txt", "--now", now}),
        Arguments.of(false, new String[] {"analyze", EXAMPLE, "--gap", "0", "--now", now}),
        Arguments.of(
            false, new String[] {"analyze", EXAMPLE, "--start", "2026-05-01", "--now", now}),
        Arguments.of(false, new String[] {"analyze", EXAMPLE, "--me", "Maya", "--nwo", now}));
  }

  /**
   * The whole run, quick or not, prints and exits exactly as picocli's; problems only picocli can
   * word (options that do not fit together) make the quick path step aside.
   */
  @ParameterizedTest
  @MethodSource("runs")
  void aRunEndsAsPicocliEndsIt(boolean quick, String[] args) {
    StringWriter quickOut = new StringWriter();
    StringWriter quickErr = new StringWriter();
    int quickCode = Cli.run(new PrintWriter(quickOut), new PrintWriter(quickErr), args);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.runWithPicocli(new PrintWriter(out), new PrintWriter(err), args);

    assertThat(quickCode).isEqualTo(code);
    assertThat(quickOut.toString()).isEqualTo(out.toString());
    assertThat(quickErr.toString()).isEqualTo(err.toString());
    assertThat(
            QuickAnalyze.run(
                    args, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
                .isPresent())
        .as("taken by the quick path")
        .isEqualTo(quick);
  }
}
