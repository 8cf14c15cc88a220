package app.walkaway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real JVM with too little memory for the file she gave: she reads one plain sentence naming the
 * file, never the Java machine's error or a stack trace, and the command ends non-zero.
 */
class OutOfMemoryTest {
  @TempDir Path dir;

  @Test
  void aFileTooBigForTheMemoryIsNamedInOneSentence() throws Exception {
    Path thread = metaThread(dir.resolve("message_1.json"), 200_000);
    Path log = dir.resolve("err.txt");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                List.of(
                    java,
                    "-Xmx16m",
                    "-XX:+UseSerialGC",
                    "-cp",
                    System.getProperty("java.class.path"),
                    "app.walkaway.Main",
                    "analyze",
                    thread.toString(),
                    "--me",
                    "Maya Lind"))
            .redirectError(log.toFile())
            .redirectOutput(dir.resolve("out.txt").toFile())
            .start();

    assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String err = Files.readString(log);
    assertThat(child.exitValue()).isNotZero();
    assertThat(err)
        .startsWith("walkaway: message_1.json: Walkaway ran out of memory while reading it")
        .doesNotContain("\tat ", "Exception", "OutOfMemoryError");
  }

  private static Path metaThread(Path file, int messages) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("{\"participants\": [{\"name\": \"Tomas Berg\"}, {\"name\": \"Maya Lind\"}],\n");
      out.write("\"messages\": [\n");
      for (int i = 0; i < messages; i++) {
        out.write(i == 0 ? "" : ",\n");
        out.write("{\"sender_name\": \"" + (i % 2 == 0 ? "Tomas Berg" : "Maya Lind") + "\",");
        out.write(" \"timestamp_ms\": " + (1_700_000_000_000L - i * 60_000L) + ",");
        out.write(" \"content\": \"message number " + i + " about the weekend and the weather\"}");
      }
      out.write("],\n\"title\": \"Tomas Berg\"}\n");
    }
    return file;
  }
}
