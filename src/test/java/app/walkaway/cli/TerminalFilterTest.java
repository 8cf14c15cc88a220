package app.walkaway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The filter's rule, character by character and across writes. */
class TerminalFilterTest {

  @Test
  void controlsDelC1AndBidiBecomeVisibleEscapesAndTheRestPasses() {
    String printed =
        through(
            "a\u0000b\u0007c\u001B[2Jd\te\nf\u007Fg\u0085h\u009B1m\u202Ai\u202Ej\u2066k\u2069"
                + "l\u200Em\u00E9n\uD83D\uDE42");

    assertThat(printed)
        .isEqualTo(
            "a\\u0000b\\u0007c\\u001B[2Jd\te\nf\\u007Fg\\u0085h\\u009B1m\\u202Ai\\u202Ej\\u2066k"
                + "\\u2069l\u200Em\u00E9n\uD83D\uDE42");
  }

  @Test
  void aCarriageReturnPassesOnlyBeforeALineFeedEvenAcrossWrites() {
    StringWriter sink = new StringWriter();
    PrintWriter out = TerminalFilter.wrap(new PrintWriter(sink));
    out.write("one\r\ntwo\roverwrite\r");
    out.write("\nthree\r");
    out.write("x");
    out.close();

    assertThat(sink.toString()).isEqualTo("one\r\ntwo\\u000Doverwrite\r\nthree\\u000Dx");
  }

  @Test
  void aCarriageReturnLeftAtTheEndIsShownWhenClosed() {
    StringWriter sink = new StringWriter();
    PrintWriter out = TerminalFilter.wrap(new PrintWriter(sink));
    out.print("last\r");
    out.close();

    assertThat(sink.toString()).isEqualTo("last\\u000D");
  }

  private static String through(String text) {
    StringWriter sink = new StringWriter();
    try (PrintWriter out = TerminalFilter.wrap(new PrintWriter(sink))) {
      out.print(text);
    }
    return sink.toString();
  }
}
