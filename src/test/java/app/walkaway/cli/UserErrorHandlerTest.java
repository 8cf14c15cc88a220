package app.walkaway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The Java machine giving out is told plainly, without a stack trace, and ends non-zero. */
class UserErrorHandlerTest {

  @Test
  void outOfMemoryIsOneSentenceAndNotABug() {
    StringWriter err = new StringWriter();

    int code =
        UserErrorHandler.report(new OutOfMemoryError("Java heap space"), new PrintWriter(err));

    assertThat(code).isNotZero();
    assertThat(err.toString())
        .startsWith("walkaway: ran out of memory before finishing (it may use up to ")
        .endsWith(
            ", so the command stopped. A very large or damaged file is the likely cause."
                + System.lineSeparator())
        .doesNotContain("\tat ", "OutOfMemoryError", "bug");
  }

  @Test
  void aStackTooDeepIsOneSentence() {
    StringWriter err = new StringWriter();

    int code = UserErrorHandler.report(new StackOverflowError(), new PrintWriter(err));

    assertThat(code).isNotZero();
    assertThat(err.toString())
        .isEqualTo(
            "walkaway: stopped: something it read is nested too deeply to follow (a damaged or"
                + " unsafe file)."
                + System.lineSeparator());
  }
}
