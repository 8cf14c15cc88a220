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

  /**
   * Lines of ASCII runs with a few valid and broken sequences at either end or in the middle: the
   * reader moves whichever side of them is shorter, and every line must read as a plain
   * byte-by-byte decoder reads it, with its ASCII tail the same in bytes and chars.
   */
  @ParameterizedTest(name = "widened by our loop: {0}")
  @ValueSource(booleans = {false, true})
  void linesWithNonAsciiAnywhereReadAsAByteByByteDecoderReadsThem(boolean widenByLoop) {
    Random random = new Random(13);
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    List<byte[]> lines = new ArrayList<>();
    for (int l = 0; l < 3_000; l++) {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      int pieces = 1 + random.nextInt(5);
      for (int p = 0; p < pieces; p++) {
        line.writeBytes(ascii(random, random.nextInt(4) == 0 ? 0 : random.nextInt(60)));
        line.writeBytes(oddBytes(random));
      }
      line.writeBytes(ascii(random, random.nextInt(3) == 0 ? 0 : random.nextInt(60)));
      lines.add(line.toByteArray());
      file.writeBytes(line.toByteArray());
      file.write('\n');
    }
    try (LineReader reader =
        new LineReader(
            new SmallReads(file.toByteArray(), new Random(3)),
            LineReader.WHOLE_LINES,
            widenByLoop)) {
      for (byte[] line : lines) {
        assertThat(reader.next()).isTrue();
        String read = reader.line();
        assertThat(read).isEqualTo(byteByByte(line));
        int tail = reader.asciiTail();
        String tailBytes =
            new String(reader.bytes(), reader.byteEnd() - tail, tail, StandardCharsets.ISO_8859_1);
        assertThat(read).endsWith(tailBytes);
      }
      assertThat(reader.next()).isFalse();
    }
  }

  private static byte[] ascii(Random random, int length) {
    byte[] out = new byte[length];
    for (int i = 0; i < length; i++) {
      out[i] = (byte) (' ' + random.nextInt(0x5F));
    }
    return out;
  }

  /** A valid sequence of two to four bytes, or a lone, cut, overlong or surrogate one. */
  private static byte[] oddBytes(Random random) {
    return switch (random.nextInt(8)) {
      case 0 -> "\u202F".getBytes(StandardCharsets.UTF_8);
      case 1 -> "\u00e9".getBytes(StandardCharsets.UTF_8);
      case 2 -> "\uD83D\uDE42".getBytes(StandardCharsets.UTF_8);
      case 3 -> new byte[] {(byte) 0xC3};
      case 4 -> new byte[] {(byte) 0xE2, (byte) 0x80};
      case 5 -> new byte[] {(byte) 0x80};
      case 6 -> new byte[] {(byte) 0xC0, (byte) 0xAF};
      default -> new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80};
    };
  }

  /**
   * The reader's rule written the slow way: a well-formed sequence (as the JDK's strict decoder
   * judges it) gives its char or pair, anything else one U+FFFD for one byte.
   */
  private static String byteByByte(byte[] b) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < b.length) {
      int b0 = b[i] & 0xFF;
      int length = b0 < 0x80 ? 1 : b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC0 ? 2 : 0;
      String decoded = length == 0 ? null : strict(b, i, length);
      if (decoded == null) {
        out.append('\uFFFD');
        i++;
      } else {
        out.append(decoded);
        i += length;
      }
    }
    return out.toString();
  }

  private static String strict(byte[] b, int from, int length) {
    if (from + length > b.length) {
      return null;
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .decode(java.nio.ByteBuffer.wrap(b, from, length))
          .toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      return null;
    }
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
