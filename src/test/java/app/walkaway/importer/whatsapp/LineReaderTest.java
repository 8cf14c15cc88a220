package app.walkaway.importer.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-written splitter and UTF-8 decoder against the JDK's, on valid and broken input. */
class LineReaderTest {

  /** Either way of widening bytes to chars (see {@link LineReader#WIDEN_BY_LOOP}). */
  @ParameterizedTest(name = "widened by our loop: {0}")
  @ValueSource(booleans = {false, true})
  void validTextRoundTripsThroughTheDecoderAcrossChunkBoundaries(boolean widenByLoop) {
    Random random = new Random(7);
    for (int round = 0; round < 40; round++) {
      StringBuilder text = new StringBuilder();
      int lines = 1 + random.nextInt(300);
      for (int l = 0; l < lines; l++) {
        int len = random.nextInt(random.nextInt(10) == 0 ? 5000 : 80);
        for (int i = 0; i < len; i++) {
          text.appendCodePoint(randomCodePoint(random));
        }
        text.append(random.nextInt(3) == 0 ? "\r\n" : "\n");
      }
      List<String> expected = List.of(text.toString().split("\r?\n", -1));
      List<String> actual = readAll(text.toString().getBytes(StandardCharsets.UTF_8), widenByLoop);
      assertThat(actual).isEqualTo(expected.subList(0, expected.size() - 1));
    }
  }

  @Test
  void eachInvalidByteBecomesOneReplacementAndIsCounted() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(new byte[] {'a', (byte) 0xC3, 'b', '\n'}); // lead byte without continuation
    bytes.writeBytes(new byte[] {(byte) 0xE2, (byte) 0x82, '\n'}); // cut three-byte sequence
    bytes.writeBytes(new byte[] {(byte) 0xC0, (byte) 0xAF, '\n'}); // overlong '/'
    bytes.writeBytes(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80, '\n'}); // a surrogate
    bytes.writeBytes(new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x99, (byte) 0x82}); // 🙂, no EOL
    LineReader reader = new LineReader(new ByteArrayInputStream(bytes.toByteArray()));
    List<String> lines = new ArrayList<>();
    while (reader.next()) {
      lines.add(reader.line());
    }

    assertThat(lines)
        .containsExactly(
            "a\uFFFDb", "\uFFFD\uFFFD", "\uFFFD\uFFFD", "\uFFFD\uFFFD\uFFFD", "\uD83D\uDE42");
    assertThat(reader.replacedBytes()).isEqualTo(8);
  }

  @Test
  void aPrefixReaderStopsBeforeACharacterItWouldCut() {
    byte[] text = "ab\u00e9\u00e9\n".getBytes(StandardCharsets.UTF_8); // a b C3 A9 C3 A9
    LineReader reader = new LineReader(new ByteArrayInputStream(text), 4);
    assertThat(reader.next()).isTrue();

    assertThat(reader.line()).isEqualTo("ab\u00e9");
    assertThat(reader.cut()).isTrue();
    assertThat(reader.replacedBytes()).isZero();
  }

  /**
   * The reader widens blocks of its buffer ahead of the lines and moves them when the buffer is
   * compacted or grown; lines longer than the buffer, read a few bytes at a time, must still come
   * out whole.
   */
  @ParameterizedTest(name = "widened by our loop: {0}")
  @ValueSource(booleans = {false, true})
  void linesLongerThanTheBufferSurviveSmallReads(boolean widenByLoop) {
    Random random = new Random(11);
    StringBuilder text = new StringBuilder();
    for (int l = 0; l < 12; l++) {
      int len = l % 3 == 0 ? 150_000 + random.nextInt(200_000) : random.nextInt(200);
      for (int i = 0; i < len; i++) {
        text.appendCodePoint(random.nextInt(8) == 0 ? randomCodePoint(random) : 'a' + i % 26);
      }
      text.append(l % 2 == 0 ? "\r\n" : "\n");
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>();
    try (LineReader reader =
        new LineReader(new SmallReads(bytes, new Random(5)), LineReader.WHOLE_LINES, widenByLoop)) {
      while (reader.next()) {
        lines.add(new String(reader.chars(), reader.start(), reader.end() - reader.start()));
      }
    }

    List<String> expected = List.of(text.toString().split("\r?\n", -1));
    assertThat(lines).isEqualTo(expected.subList(0, expected.size() - 1));
  }

  /** Hands out at most a few thousand bytes per read, as a slow or compressed stream does. */
  private static final class SmallReads extends ByteArrayInputStream {
    private final Random random;

    SmallReads(byte[] bytes, Random random) {
      super(bytes);
      this.random = random;
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) {
      return super.read(b, off, Math.min(len, 1 + random.nextInt(5000)));
    }
  }

  private static List<String> readAll(byte[] bytes, boolean widenByLoop) {
    List<String> lines = new ArrayList<>();
    try (LineReader reader =
        new LineReader(new ByteArrayInputStream(bytes), LineReader.WHOLE_LINES, widenByLoop)) {
      while (reader.next()) {
        lines.add(reader.line());
      }
    }
    return lines;
  }

  private static int randomCodePoint(Random random) {
    while (true) {
      int cp =
          switch (random.nextInt(4)) {
            case 0 -> 0x20 + random.nextInt(0x5F);
            case 1 -> 0x80 + random.nextInt(0x780);
            case 2 -> 0x800 + random.nextInt(0xF800);
            default -> 0x10000 + random.nextInt(0x100000);
          };
      boolean usable = !(cp >= 0xD800 && cp <= 0xDFFF) && cp != 0xFEFF && cp != '\r';
      if (usable) {
        return cp;
      }
    }
  }
}
