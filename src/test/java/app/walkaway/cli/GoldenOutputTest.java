package app.walkaway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the commands print over the example chat, byte for byte, against files under {@code
 * src/test/resources/golden/}: the JSON contract and the text she reads must not change when code
 * moves between packages. A deliberate change of output updates the files: run with {@code
 * -Dgolden.update=true} and read the diff before committing it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GoldenOutputTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final String CHAT = "examples/whatsapp-maya-and-sam.txt";
  private static final String NOW = "2026-04-15T20:00";

  @TempDir static Path dir;
  private static VaultCli vault;

  @BeforeAll
  static void fillAVault() {
    vault = VaultCli.in(dir);
    vault.init();
    check(vault.run("import", CHAT, "--me", "Maya"));
    check(vault.run("plan", "start", "--date", "2026-03-01", "--name", "Sam"));
  }

  static Stream<Arguments> outputs() {
    return Stream.of(
        files("analyze.txt", CHAT, "--me", "Maya", "--now", NOW),
        files("analyze.json", CHAT, "--me", "Maya", "--now", NOW, "--json"),
        files("analyze-start.txt", CHAT, "--me", "Maya", "--start", "2026-03-01", "--now", NOW),
        files(
            "analyze-start.json",
            CHAT,
            "--me",
            "Maya",
            "--start",
            "2026-03-01",
            "--now",
            NOW,
            "--json"),
        inVault("vault-analyze-start.txt", "analyze", "--start", "2026-03-01", "--now", NOW),
        inVault(
            "vault-analyze-start.json", "analyze", "--start", "2026-03-01", "--now", NOW, "--json"),
        inVault("readout.txt", "readout", "--now", NOW),
        inVault("readout.json", "readout", "--now", NOW, "--json"),
        inVault("today.txt", "today", "--now", NOW, "--zone", "UTC"),
        inVault("today.json", "today", "--now", NOW, "--zone", "UTC", "--json"),
        inVault("plan-show.txt", "plan", "show"));
  }

  private static Arguments files(String golden, String... args) {
    List<String> all = new ArrayList<>(List.of("analyze"));
    all.addAll(List.of(args));
    return Arguments.of(golden, false, all.toArray(String[]::new));
  }

  private static Arguments inVault(String golden, String... args) {
    return Arguments.of(golden, true, args);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("outputs")
  void printsWhatItPrintedBefore(String golden, boolean inVault, String[] args) throws IOException {
    CliRun run =
        inVault
            ? vault.run(args[0], java.util.Arrays.copyOfRange(args, 1, args.length))
            : CliRun.of(args);
    check(run);
    String out = run.out().replace("\r\n", "\n");
    Path file = GOLDEN.resolve(golden);
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(file, out, StandardCharsets.UTF_8);
    }
    assertThat(out).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }

  private static CliRun check(CliRun run) {
    if (run.exitCode() != 0) {
      throw new AssertionError("exit " + run.exitCode() + ": " + run.err());
    }
    return run;
  }
}
