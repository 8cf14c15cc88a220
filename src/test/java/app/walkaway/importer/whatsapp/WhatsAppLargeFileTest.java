package app.walkaway.importer.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import app.walkaway.importer.ImportOptions;
import app.walkaway.importer.ImportReport;
import app.walkaway.importer.Peek;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A large generated export is read completely without hanging (not a speed test). */
class WhatsAppLargeFileTest {
  @TempDir Path dir;

  @Test
  void readsAHundredThousandLinesStreaming() {
    Path file = dir.resolve("big.txt");
    GeneratedChat.Written written = GeneratedChat.write(file, 8_000_000, false);
    assertThat(written.lines()).isGreaterThan(100_000);
    AtomicLong count = new AtomicLong();
    AtomicReference<LocalDateTime> last = new AtomicReference<>();

    ImportReport report =
        assertTimeoutPreemptively(
            Duration.ofSeconds(60),
            () ->
                new WhatsAppImporter()
                    .read(
                        Peek.of(file),
                        ImportOptions.defaults(),
                        e -> {
                          count.incrementAndGet();
                          last.set(e.at());
                        }));

    assertThat(count.get()).isEqualTo(written.messages());
    assertThat(report.entries()).isEqualTo(written.messages());
    assertThat(last.get()).isAfter(LocalDateTime.of(2021, 6, 1, 0, 0));
  }
}
