package app.walkaway.importer.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The wall-clock milliseconds handed on with each message are its time's, in every layout of the
 * corpus, those without years (whose year turns after the time was resolved) among them.
 */
class EmitterMillisTest {

  @Test
  void everyMessagesMillisAreItsTimes() throws IOException, URISyntaxException {
    Path root = Path.of(EmitterMillisTest.class.getResource("/whatsapp/corpus").toURI());
    List<Path> files;
    try (Stream<Path> all = Files.list(root)) {
      files = all.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    int checked = 0;
    int withoutYears = 0;
    for (Path file : files) {
      Layout layout;
      try (LineReader lines = new LineReader(Files.newInputStream(file), Survey.PREFIX_BYTES)) {
        layout = Survey.run(lines, file.toString(), () -> 2014);
      }
      int[] count = new int[1];
      try (LineReader lines = new LineReader(Files.newInputStream(file))) {
        new Emitter(
                layout,
                (at, millis, author, kind, text, asks, line) -> {
                  assertThat(millis)
                      .as("%s line %d", file.getFileName(), line)
                      .isEqualTo(
                          at.toEpochSecond(ZoneOffset.UTC) * 1000 + at.getNano() / 1_000_000);
                  count[0]++;
                })
            .run(lines);
      }
      checked += count[0];
      withoutYears += Shape.hasYear(layout.shape()) ? 0 : 1;
    }
    assertThat(checked).isGreaterThan(100);
    assertThat(withoutYears).as("layouts without years").isGreaterThan(0);
  }
}
