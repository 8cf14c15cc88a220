package app.walkaway.importer.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import app.walkaway.importer.Entry;
import app.walkaway.importer.ImportOptions;
import app.walkaway.importer.ImportReport;
import app.walkaway.importer.Peek;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A chat whose lines or messages are longer than any real one can be (a damaged or hostile file) is
 * read with those cut to their first megabyte and a note saying so, on one thread or several.
 */
class LongMessagesTest {
  private static final int MB = 1 << 20;

  @TempDir Path dir;

  @Test
  void aThreeMegabyteLineIsCutToItsFirstMegabyteWithANote() throws IOException {
    Path file = dir.resolve("chat.txt");
    write(file, "1/2/24, 10:00 - Ann: hi\n", "1/2/24, 10:01 - Bo: " + "w".repeat(3 * MB) + "\n");
    List<Entry> entries = new ArrayList<>();

    ImportReport report =
        new WhatsAppImporter().read(Peek.of(file), ImportOptions.defaults(), entries::add);

    assertThat(entries).hasSize(2);
    assertThat(entries.get(1).text()).hasSize(MB - "1/2/24, 10:01 - Bo: ".length());
    assertThat(report.notes())
        .contains(
            "Line 2 is 3 MB long, far longer than a real message can be; only its first 1 MB was"
                + " read.");
  }

  @Test
  void aMessageOfManyLongLinesKeepsItsFirstMillionCharactersWithANote() throws IOException {
    Path file = dir.resolve("chat.txt");
    String line = "v".repeat(500_000) + "\n";
    write(file, "1/2/24, 10:00 - Ann: start\n", line, line, line, "1/2/24, 10:05 - Bo: after\n");
    List<Entry> entries = new ArrayList<>();

    ImportReport report =
        new WhatsAppImporter().read(Peek.of(file), ImportOptions.defaults(), entries::add);

    assertThat(entries).extracting(e -> e.text().length()).containsExactly(MB, 5);
    assertThat(entries.get(0).text()).startsWith("start\nvvv");
    assertThat(report.notes())
        .contains(
            "The message at line 1 holds 1,500,008 characters, far more than a real message can;"
                + " only its first 1,048,576 were kept.");
  }

  /**
   * Long lines across the cuts between segments (one longer than a segment, one that fits in the
   * buffer, one message of many lines): the segments must read and note exactly what one pass does.
   */
  @ParameterizedTest(name = "on {0} threads")
  @ValueSource(ints = {1, 3})
  void segmentsCutAndNoteWhatOnePassDoes(int threads) throws IOException {
    Path file = longLinesChat();
    List<String> onePass = new ArrayList<>();
    ImportReport expected = readWith(file, 1, onePass);
    List<String> read = new ArrayList<>();

    ImportReport report = readWith(file, threads, read);

    assertThat(read).containsExactlyElementsOf(onePass);
    assertThat(report).isEqualTo(expected);
    assertThat(report.notes())
        .anyMatch(n -> n.startsWith("2 lines are longer than 1 MB") && n.contains("3 MB"))
        .anyMatch(n -> n.startsWith("The message at line "));
    assertThat(onePass.get(onePass.size() - 1)).endsWith("the end");
  }

  /**
   * Cut into a few big segments, one starts inside the 3 MB line with more than a megabyte of it
   * left: the line is cut in that segment's reader too, and must be noted once, by the segment it
   * starts in.
   */
  @ParameterizedTest(name = "{0} segments")
  @ValueSource(ints = {2, 3, 5, 40})
  void aLongLineIsNotedOnlyByTheSegmentItStartsIn(int count) throws IOException {
    Path file = longLinesChat();
    Layout layout;
    try (LineReader lines = new LineReader(Files.newInputStream(file), Survey.PREFIX_BYTES)) {
      layout = Survey.run(lines, "big.txt", () -> 2024);
    }
    List<String> onePass = new ArrayList<>();
    ImportReport expected = readWith(file, 1, onePass);
    List<String> read = new ArrayList<>();

    Counts counts =
        Segments.read(
            file,
            Files.size(file),
            layout,
            true,
            "big.txt",
            2,
            count,
            e -> read.add(e.source() + " " + e.text().length() + " " + tail(e.text())));

    assertThat(read).containsExactlyElementsOf(onePass);
    assertThat(counts.report(layout, "big.txt").notes()).isEqualTo(expected.notes());
  }

  /**
   * A segment that lies inside one huge line owns nothing and must not read that line to its end:
   * the file's 3 GB line was 12,000 segments, each of which read on to the line's end. Here the
   * line is 100 GB of a sparse file (no disk used): reading it even once takes minutes.
   */
  @Test
  void aSegmentInsideAHugeLineLooksNoFurtherThanItsEnd() throws IOException {
    String head = "1/2/24, 10:00 - Ann: hi\n1/2/24, 10:01 - Bo: ";
    Path file = dir.resolve("huge.txt");
    Files.writeString(file, head);
    try (java.io.RandomAccessFile sparse = new java.io.RandomAccessFile(file.toFile(), "rw")) {
      sparse.setLength(100L << 30);
    }
    Layout layout =
        Survey.run(
            new LineReader(new java.io.ByteArrayInputStream(head.getBytes())),
            "huge.txt",
            () -> 2024);
    long start = 50L << 30;
    Segment inside =
        new Segment(
            file,
            layout,
            true,
            start,
            start + Segments.SEGMENT_BYTES,
            new Batch(0, "huge.txt", new java.util.HashMap<>(), e -> {}));

    Segment.Lines lines =
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
            java.time.Duration.ofSeconds(30), inside::call);

    assertThat(lines.counts().entries()).isZero();
    assertThat(lines.crossing()).isZero();
  }

  /** Telling whether a file is a chat reads its first megabytes, not a first line of 100 GB. */
  @Test
  void detectionReadsNoFurtherThanItsFirstMegabytes() throws IOException {
    Path file = dir.resolve("huge.txt");
    Files.writeString(file, "1/2/24, 10:00 - Ann: ");
    try (java.io.RandomAccessFile sparse = new java.io.RandomAccessFile(file.toFile(), "rw")) {
      sparse.setLength(100L << 30);
    }
    Peek peek = Peek.of(file);

    boolean recognized =
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
            java.time.Duration.ofSeconds(30), () -> new WhatsAppImporter().recognizes(peek));

    assertThat(recognized).isTrue();
  }

  /** A generated chat of 4 MB, then a 3 MB line, a 1.5 MB line and a message of 1.2 MB. */
  private Path longLinesChat() throws IOException {
    Path file = dir.resolve("big.txt");
    GeneratedChat.write(file, Segments.PARALLEL_FROM, false);
    try (OutputStream out = Files.newOutputStream(file, java.nio.file.StandardOpenOption.APPEND)) {
      out.write(("2/1/23, 09:00 - Cy Park: " + "a".repeat(3 * MB + 17) + "\n").getBytes());
      out.write(("2/1/23, 09:01 - Nell Ash: " + "b".repeat(MB + MB / 2) + "\n").getBytes());
      out.write("2/1/23, 09:02 - Cy Park: many\n".getBytes());
      for (int i = 0; i < 12; i++) {
        out.write(("c".repeat(100_000) + "\n").getBytes());
      }
      out.write("2/1/23, 09:03 - Nell Ash: the end\n".getBytes());
    }
    return file;
  }

  private static ImportReport readWith(Path file, int threads, List<String> into) {
    return new WhatsAppImporter()
        .read(
            Peek.of(file),
            ImportOptions.defaults().withThreads(threads),
            e -> into.add(e.source() + " " + e.text().length() + " " + tail(e.text())));
  }

  private static String tail(String text) {
    return text.substring(Math.max(0, text.length() - 10));
  }

  private static void write(Path file, String... parts) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      for (String part : parts) {
        out.write(part.getBytes(StandardCharsets.UTF_8));
      }
    }
  }
}
