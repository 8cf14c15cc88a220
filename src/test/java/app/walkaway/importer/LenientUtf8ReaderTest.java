package app.walkaway.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Decoding that repairs instead of failing, and counts what it repaired. */
class LenientUtf8ReaderTest {

  private static String read(LenientUtf8Reader reader, int chunk) throws IOException {
    StringBuilder out = new StringBuilder();
    char[] buf = new char[chunk];
    for (int n = reader.read(buf); n >= 0; n = reader.read(buf)) {
      out.append(buf, 0, n);
    }
    return out.toString();
  }

  private static LenientUtf8Reader over(byte[] bytes) {
    return new LenientUtf8Reader(new ByteArrayInputStream(bytes));
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource({
    "'6869ff21', 'hi\uFFFD!', a byte that is never UTF-8",
    "'e282', '\uFFFD', a sequence cut off at the end",
    "'eda080', '\uFFFD', an encoded surrogate (one malformed sequence)",
    "'efbbbf6f6b', 'ok', a byte order mark dropped",
    "'f09f9880', '😀', an emoji kept whole"
  })
  void repairsAndCounts(String hex, String expected, String what) throws IOException {
    byte[] bytes = java.util.HexFormat.of().parseHex(hex);
    LenientUtf8Reader reader = over(bytes);
    assertThat(read(reader, 3)).isEqualTo(expected);
    assertThat(reader.replaced()).isEqualTo(expected.chars().filter(c -> c == 0xFFFD).count());
  }

  @Test
  void validTextOfAnySizeReadsTheSameAsTheJdkDecoderInAnyChunkSize() throws IOException {
    Random random = new Random(42);
    StringBuilder text = new StringBuilder();
    String[] pieces = {"a", "ł", "Привет", "你好", "😀", "\n", "👩🏻‍⚖️"};
    for (int i = 0; i < 20_000; i++) {
      text.append(pieces[random.nextInt(pieces.length)]);
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    for (int chunk : new int[] {1, 7, 8192, 100_000}) {
      try (Reader reader = over(bytes)) {
        assertThat(read((LenientUtf8Reader) reader, chunk)).isEqualTo(text.toString());
      }
    }
  }
}
