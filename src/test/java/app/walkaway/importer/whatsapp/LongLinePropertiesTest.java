package app.walkaway.importer.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random files of lines around and far past the limit, any characters, CRLF or LF, read a
 * few bytes or many at a time: every line reads as its longest prefix of whole characters within
 * the limit, at the offset where it starts, and exactly the lines past the limit are noted, with
 * their whole length.
 */
class LongLinePropertiesTest {

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 60);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void eachLineIsItsPrefixWithinTheLimitAndLongOnesAreNoted(long seed) {
    Random random = new Random(seed);
    int limit = 8 + random.nextInt(random.nextBoolean() ? 200 : 20_000);
    List<String> lines = new ArrayList<>();
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    List<Long> starts = new ArrayList<>();
    List<LongLine> expectedLong = new ArrayList<>();
    for (int l = 1; l <= 1 + random.nextInt(40); l++) {
      String line = line(random, limit);
      byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
      starts.add((long) file.size());
      lines.add(line);
      if (bytes.length > limit) {
        expectedLong.add(new LongLine(l, bytes.length));
      }
      file.writeBytes(bytes);
      file.writeBytes(random.nextBoolean() ? new byte[] {'\r', '\n'} : new byte[] {'\n'});
    }
    LineReader reader = LineReader.cuttingAt(new Chunks(file.toByteArray(), random), limit);

    for (int i = 0; i < lines.size(); i++) {
      assertThat(reader.next()).isTrue();
      assertThat(reader.line()).isEqualTo(prefixWithin(lines.get(i), limit));
      assertThat(reader.offset()).isEqualTo(starts.get(i));
      assertThat(reader.lineNumber()).isEqualTo(i + 1);
    }
    assertThat(reader.next()).isFalse();
    assertThat(reader.longLines()).isEqualTo(expectedLong);
    assertThat(reader.replacedBytes()).isZero();
  }

  /** Mostly short, some just over or under the limit, some many times it or past the buffer. */
  private static String line(Random random, int limit) {
    int length =
        switch (random.nextInt(5)) {
          case 0 -> random.nextInt(60);
          case 1 -> Math.max(0, limit - 3 + random.nextInt(7));
          case 2 -> limit * (2 + random.nextInt(5));
          case 3 -> 70_000 + random.nextInt(200_000);
          default -> random.nextInt(limit + 1);
        };
    StringBuilder text = new StringBuilder();
    while (text.length() < length) {
      int cp =
          switch (random.nextInt(6)) {
            case 0 -> 0xE9;
            case 1 -> 0x4E2D;
            case 2 -> 0x1F642;
            default -> 'a' + random.nextInt(26);
          };
      text.appendCodePoint(cp);
    }
    return text.toString();
  }

  /** The longest prefix of whole characters whose UTF-8 fits in {@code limit} bytes. */
  private static String prefixWithin(String line, int limit) {
    int bytes = 0;
    int i = 0;
    while (i < line.length()) {
      int cp = line.codePointAt(i);
      int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (bytes + size > limit) {
        break;
      }
      bytes += size;
      i += Character.charCount(cp);
    }
    return line.substring(0, i);
  }

  /** Hands out a random number of bytes per read, from one to tens of thousands. */
  private static final class Chunks extends ByteArrayInputStream {
    private final Random random;

    Chunks(byte[] bytes, Random random) {
      super(bytes);
      this.random = random;
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) {
      return super.read(
          b, off, Math.min(len, 1 + random.nextInt(random.nextBoolean() ? 50 : 60_000)));
    }
  }
}
