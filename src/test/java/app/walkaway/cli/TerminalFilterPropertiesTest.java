package app.walkaway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random text of every kind of character, written in random pieces: nothing a terminal acts
 * on comes out (a carriage return only before a line feed), and reading the escapes back gives the
 * text that went in.
 */
class TerminalFilterPropertiesTest {
  private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9A-F]{4})");

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 300);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void nothingActiveComesOutAndTheEscapesReadBack(long seed) {
    Random random = new Random(seed);
    String text = text(random);
    StringWriter sink = new StringWriter();
    PrintWriter out = TerminalFilter.wrap(new PrintWriter(sink));
    for (int at = 0; at < text.length(); ) {
      int end = Math.min(text.length(), at + 1 + random.nextInt(12));
      out.write(text, at, end - at);
      at = end;
    }
    out.close();
    String printed = sink.toString();

    for (int i = 0; i < printed.length(); i++) {
      char c = printed.charAt(i);
      boolean lineEnd = c == '\r' && i + 1 < printed.length() && printed.charAt(i + 1) == '\n';
      assertThat(TerminalFilter.inert(c) || lineEnd).as("char %04X at %d", (int) c, i).isTrue();
    }
    assertThat(unescape(printed)).isEqualTo(text);
  }

  private static String text(Random random) {
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(80); i > 0; i--) {
      switch (random.nextInt(9)) {
        case 0 -> text.append((char) random.nextInt(0x20));
        case 1 -> text.append((char) (0x7F + random.nextInt(0x21)));
        case 2 -> text.append((char) (0x202A + random.nextInt(5)));
        case 3 -> text.append((char) (0x2066 + random.nextInt(4)));
        case 4 -> text.append(random.nextBoolean() ? "\r\n" : "\r");
        case 5 -> text.appendCodePoint(0x1F600 + random.nextInt(50));
        case 6 -> text.append((char) (0xA0 + random.nextInt(0x2000)));
        default -> text.append((char) ('a' + random.nextInt(26)));
      }
    }
    return text.toString();
  }

  private static String unescape(String printed) {
    Matcher m = ESCAPE.matcher(printed);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(
          out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
    }
    m.appendTail(out);
    return out.toString();
  }
}
