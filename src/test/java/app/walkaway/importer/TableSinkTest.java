package app.walkaway.importer;

import static org.assertj.core.api.Assertions.assertThat;

import app.walkaway.bench.ExportGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A big WhatsApp export read on several threads into table parts gives the same table, row for row,
 * as one pass: times, authors, kinds, question flags, files, lines, and texts when kept.
 */
class TableSinkTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "{0}, keep texts: {1}")
  @CsvSource({"WHATSAPP_ANDROID, false", "WHATSAPP_ANDROID, true", "WHATSAPP_IOS, false"})
  void partsJoinedInOrderGiveTheOnePassTable(ExportGenerator.Format format, boolean keepText)
      throws IOException {
    // iPhone exports write seconds, which the parts' times must keep too
    Path file = ExportGenerator.write(format, 110_000, dir.resolve("big.txt"), 7);
    Path copy = Files.copy(file, dir.resolve("second.txt"));
    assertThat(Files.size(file)).isGreaterThan(5_000_000); // read in segments from 4 MB on

    LoadedChat onePass = read(List.of(file), 1, keepText);
    LoadedChat threaded = read(List.of(file), 3, keepText);
    assertSameTable(threaded, onePass);
    // Two files: the second file's rows are merged as duplicates, whichever way each was read.
    assertSameTable(read(List.of(file, copy), 3, keepText), read(List.of(file, copy), 1, keepText));
  }

  private static LoadedChat read(List<Path> files, int threads, boolean keepText) {
    return LoadedChat.read(files, ImportOptions.defaults().withThreads(threads), keepText);
  }

  private static void assertSameTable(LoadedChat actual, LoadedChat expected) {
    ChatTable a = actual.table();
    ChatTable e = expected.table();
    assertThat(a.size).isEqualTo(e.size).isGreaterThan(100_000);
    assertThat(actual.duplicates()).isEqualTo(expected.duplicates());
    assertThat(a.authors()).isEqualTo(e.authors());
    assertThat(slice(a.millis, a.size)).isEqualTo(slice(e.millis, e.size));
    assertThat(java.util.Arrays.copyOf(a.author, a.size))
        .isEqualTo(java.util.Arrays.copyOf(e.author, e.size));
    assertThat(java.util.Arrays.copyOf(a.kind, a.size))
        .isEqualTo(java.util.Arrays.copyOf(e.kind, e.size));
    assertThat(java.util.Arrays.copyOf(a.flags, a.size))
        .isEqualTo(java.util.Arrays.copyOf(e.flags, e.size));
    assertThat(java.util.Arrays.copyOf(a.file, a.size))
        .isEqualTo(java.util.Arrays.copyOf(e.file, e.size));
    assertThat(java.util.Arrays.copyOf(a.line, a.size))
        .isEqualTo(java.util.Arrays.copyOf(e.line, e.size));
    if (e.text != null) {
      assertThat(java.util.Arrays.copyOf(a.text, a.size))
          .isEqualTo(java.util.Arrays.copyOf(e.text, e.size));
    }
    assertThat(a.origin(0)).isEqualTo(e.origin(0));
  }

  private static long[] slice(long[] values, int size) {
    return java.util.Arrays.copyOf(values, size);
  }
}
