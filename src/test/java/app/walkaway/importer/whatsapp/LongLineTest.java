package app.walkaway.importer.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link LineReader} keeps no line longer than its limit: a longer one is cut there and noted, the
 * rest of it read past without being kept, and the lines after it read as before.
 */
class LongLineTest {

  @Test
  void aLineLongerThanTheLimitIsCutThereAndTheNextLinesReadOn() {
    String text = "first\n" + "x".repeat(250) + "\nthird\n";
    LineReader reader = LineReader.cuttingAt(stream(text), 100);

    List<String> lines = readAll(reader);

    assertThat(lines).containsExactly("first", "x".repeat(100), "third");
    assertThat(reader.longLines()).containsExactly(new LongLine(2, 250));
  }

  /** Longer than the buffer: the reader must stop growing it and read past the rest. */
  @Test
  void aLineLongerThanTheBufferIsReadPastWithTheOffsetsOfLaterLinesRight() {
    String longLine = "é".repeat(200_000); // 400,000 bytes, two each
    String text = "a\r\n" + longLine + "\r\nb\nc";
    LineReader reader = LineReader.cuttingAt(stream(text), 1001);
    List<String> lines = new ArrayList<>();
    List<Long> offsets = new ArrayList<>();
    while (reader.next()) {
      lines.add(reader.line());
      offsets.add(reader.offset());
    }

    // 1001 bytes end inside a two-byte character: the cut stops before it
    assertThat(lines).containsExactly("a", "é".repeat(500), "b", "c");
    assertThat(offsets).containsExactly(0L, 3L, 3L + 400_002, 3L + 400_002 + 2);
    assertThat(reader.longLines()).containsExactly(new LongLine(2, 400_000)); // without its \r
    assertThat(reader.replacedBytes()).isZero();
    assertThat(reader.bytes().length).isLessThanOrEqualTo(64 * 1024);
  }

  @Test
  void aFileThatIsOneLineWithoutANewlineEndsAfterItsCut() {
    LineReader reader = LineReader.cuttingAt(new Repeating((byte) 'z', 3_000_000), 4096);

    assertThat(reader.next()).isTrue();
    assertThat(reader.line()).isEqualTo("z".repeat(4096));
    assertThat(reader.cut()).isTrue();
    assertThat(reader.next()).isFalse();
    assertThat(reader.longLines()).containsExactly(new LongLine(1, 3_000_000));
  }

  /**
   * The real limit on a 300 MB line that is never held: the buffer stays at twice the limit, and
   * the line reads as its first megabyte.
   */
  @Test
  void aThreeHundredMegabyteLineIsReadInAFewMegabytes() {
    long size = 300L << 20;
    try (LineReader reader = new LineReader(new Repeating((byte) 'q', size))) {
      assertThat(reader.next()).isTrue();
      assertThat(reader.end() - reader.start()).isEqualTo(LineReader.MAX_LINE_BYTES);
      assertThat(reader.next()).isFalse();
      assertThat(reader.longLines()).containsExactly(new LongLine(1, size));
      assertThat(reader.bytes().length).isLessThanOrEqualTo(2 * LineReader.MAX_LINE_BYTES);
      assertThat(reader.chars().length).isLessThanOrEqualTo(2 * LineReader.MAX_LINE_BYTES);
    }
  }

  /** The first pass decodes a prefix of each line; its cut lines must be counted all the same. */
  @Test
  void aPrefixReaderCutsAndNotesTheSameLines() {
    String text = "h\n" + "y".repeat(500_000) + "\nend\n";
    LineReader reader = new LineReader(stream(text), Survey.PREFIX_BYTES);

    List<String> lines = readAll(reader);

    assertThat(lines).containsExactly("h", "y".repeat(Survey.PREFIX_BYTES), "end");
    assertThat(reader.longLines()).isEmpty(); // under the real limit of a megabyte
  }

  @Test
  void linesAtTheLimitAreKeptWhole() {
    String exact = "k".repeat(100);
    LineReader reader = LineReader.cuttingAt(stream(exact + "\r\n" + exact + "\n"), 100);

    assertThat(readAll(reader)).containsExactly(exact, exact);
    assertThat(reader.longLines()).isEmpty();
  }

  private static List<String> readAll(LineReader reader) {
    List<String> lines = new ArrayList<>();
    while (reader.next()) {
      lines.add(reader.line());
    }
    return lines;
  }

  private static InputStream stream(String text) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    return new ByteArrayInputStream(bytes.toByteArray());
  }

  /** {@code size} copies of one byte, made as they are read: never held. */
  static final class Repeating extends InputStream {
    private final byte value;
    private long left;

    Repeating(byte value, long size) {
      this.value = value;
      this.left = size;
    }

    @Override
    public int read() {
      if (left == 0) {
        return -1;
      }
      left--;
      return value;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (left == 0) {
        return -1;
      }
      int n = (int) Math.min(len, left);
      java.util.Arrays.fill(b, off, off + n, value);
      left -= n;
      return n;
    }
  }
}
