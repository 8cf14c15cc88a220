package app.walkaway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.walkaway.bench.ExportGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, "memory grows with what is kept, not with the file": a real {@code walkaway import} in
 * a JVM whose heap (48 MB) is far smaller than the history it stores. 300,000 messages held at once
 * take about 90 MB of heap (about 300 bytes an event, entries and events side by side), so an
 * import that holds the file ends in "ran out of memory"; one that streams holds a few thousand
 * events at a time and stores them all.
 */
class StreamedImportTest {
  private static final int MESSAGES = 300_000;
  @TempDir Path dir;

  @Test
  void aHistoryBiggerThanTheHeapIsStoredWhole() throws Exception {
    VaultCli cli = VaultCli.in(dir);
    cli.init();
    Path chat =
        ExportGenerator.write(
            ExportGenerator.Format.WHATSAPP_ANDROID, MESSAGES, dir.resolve("chat.txt"), 42);

    Run run = importInAChildWithA48MegabyteHeap(cli, chat);

    assertThat(run.exitCode()).as(run.told()).isZero();
    assertThat(run.told()).contains(MESSAGES + " added, 0 already present");
    CliRun again = cli.run("import", chat.toString(), "--me", "Maya Lindqvist");
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(again.out()).as("every message was stored").contains("0 added, " + MESSAGES);
  }

  private record Run(int exitCode, String told) {}

  private Run importInAChildWithA48MegabyteHeap(VaultCli cli, Path chat) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path log = dir.resolve("child.log");
    Process child =
        new ProcessBuilder(
                List.of(
                    java,
                    "-Xmx48m",
                    "-XX:+UseSerialGC",
                    "-Dwalkaway.nativeDir="
                        + System.getProperty(
                            "walkaway.nativeDir", dir.resolve("native").toString()),
                    "-cp",
                    System.getProperty("java.class.path"),
                    "app.walkaway.Main",
                    "import",
                    chat.toString(),
                    "--me",
                    "Maya Lindqvist",
                    "--home",
                    cli.home().toString(),
                    "--passphrase-file",
                    cli.passphraseFile().toString()))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    assertThat(child.waitFor(300, TimeUnit.SECONDS)).as("the import finished").isTrue();
    return new Run(child.exitValue(), Files.readString(log));
  }
}
