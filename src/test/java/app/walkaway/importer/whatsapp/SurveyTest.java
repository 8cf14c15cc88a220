package app.walkaway.importer.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The first pass may stop early on a large file, but only once the rest cannot change its decision:
 * one shape holds nine headers in ten, with a year, and its day/month order is proven. Each test
 * puts a stream that fails behind the part the survey may read, or the deciding line behind the
 * point where it could have stopped.
 */
class SurveyTest {
  /**
   * Headers before the first settle check, and that many again to cover the reader's read-ahead.
   */
  private static final int SETTLED = Survey.SETTLE_AFTER + Survey.SETTLE_EVERY;

  private static final int READ_AHEAD = 2 * SETTLED;

  @Test
  void stopsOnceOneProvenShapeHoldsTheHeaders() {
    StringBuilder chat = new StringBuilder();
    androidHeaders(chat, READ_AHEAD);

    Layout layout = survey(chat, failingStream());

    assertThat(layout.order().order()).isEqualTo(DateOrder.Order.DAY_FIRST);
    assertThat(layout.notes()).anyMatch(n -> n.contains("line 13 has 13/01/2020"));
  }

  @Test
  void readsOnWhileTheOrderIsUnproven() {
    StringBuilder chat = new StringBuilder();
    for (int i = 0; i < READ_AHEAD; i++) {
      chat.append("05/05/2020, 10:").append(twoDigits(i % 60)).append(" - Ann: hi\n");
    }
    chat.append("25/05/2020, 10:00 - Bo: late proof\n");

    Layout layout = survey(chat, InputStream.nullInputStream());

    assertThat(layout.notes())
        .contains(
            "Dates read as day/month/year: line "
                + (READ_AHEAD + 1)
                + " has 25/05/2020, and 25 cannot be a month.");
  }

  @Test
  void readsOnWhileNoShapeHoldsNineHeadersInTen() {
    StringBuilder chat = new StringBuilder();
    for (int i = 0; i < READ_AHEAD; i++) { // 80% dash, 20% dotted: not settled
      if (i % 5 == 0) {
        chat.append("13.01.20, 10:00 - Ann: dotted\n");
      } else {
        chat.append("13/01/2020, 10:00 - Ann: dash\n");
      }
    }
    for (int i = 0; i < READ_AHEAD; i++) { // the dotted shape takes over later
      chat.append("14.01.20, 10:00 - Bo: dotted\n");
    }

    Layout layout = survey(chat, InputStream.nullInputStream());

    assertThat(Shape.hasYear(layout.shape())).isTrue();
    assertThat(headerShape("13.01.20, 10:00 - Ann: x")).isEqualTo(layout.shape());
  }

  @Test
  void readsFilesWithoutYearsToTheEndForEveryYearTurn() {
    StringBuilder chat = new StringBuilder();
    String[] months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov"};
    for (int i = 0; i < READ_AHEAD; i++) {
      chat.append("18 ").append(months[i * months.length / READ_AHEAD]).append(" 12:14 - Ann: a\n");
    }
    chat.append("3 Jan 09:00 - Bo: a new year, late in the file\n");

    Layout layout = survey(chat, InputStream.nullInputStream());

    assertThat(layout.firstYear()).isEqualTo(2023);
    assertThat(layout.notes()).anyMatch(n -> n.contains("(1 time)"));
  }

  /** Android headers from 1 January 2020, a day each: line 13 is the first day above 12. */
  private static void androidHeaders(StringBuilder chat, int count) {
    LocalDate first = LocalDate.of(2020, 1, 1);
    for (int i = 0; i < count; i++) {
      LocalDate d = first.plusDays(i % 300);
      chat.append(twoDigits(d.getDayOfMonth()))
          .append('/')
          .append(twoDigits(d.getMonthValue()))
          .append("/2020, 10:")
          .append(twoDigits(i % 60))
          .append(" - Ann: message ")
          .append(i)
          .append('\n');
    }
  }

  private static String twoDigits(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  private static int headerShape(String line) {
    Header header = new Header();
    assertThat(new HeaderScanner().scan(line.toCharArray(), 0, line.length(), header)).isTrue();
    return header.shape;
  }

  private static Layout survey(CharSequence chat, InputStream after) {
    InputStream in =
        new SequenceInputStream(
            new ByteArrayInputStream(chat.toString().getBytes(StandardCharsets.UTF_8)), after);
    try (LineReader lines = new LineReader(in, Survey.PREFIX_BYTES)) {
      return Survey.run(lines, "chat.txt", () -> 2024);
    }
  }

  /** Stands for the rest of a large file, which a settled survey must not read. */
  private static InputStream failingStream() {
    return new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("the survey read past the point where it had settled");
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return read();
      }
    };
  }
}
