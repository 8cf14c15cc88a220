package app.walkaway.importer.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The scanner's shortcuts for a header that opens with the same date text as the one before ({@link
 * DatePrefix}) and writes its time as the one before ({@link TimeLayout}) must read every line
 * exactly as a scanner without that memory does.
 */
class DatePrefixTest {

  @Test
  void corpusLinesReadTheSameAfterAnyLineBefore() throws IOException, URISyntaxException {
    List<String> lines = corpusLines();
    assertThat(lines).hasSizeGreaterThan(100);
    HeaderScanner inOrder = new HeaderScanner();
    for (String line : lines) {
      assertSame(inOrder, line);
    }
    Random random = new Random(7);
    HeaderScanner shuffled = new HeaderScanner();
    for (int i = 0; i < 20_000; i++) {
      String line = lines.get(random.nextInt(lines.size()));
      assertSame(shuffled, random.nextInt(4) == 0 ? mutate(line, random) : line);
    }
  }

  @ParameterizedTest(name = "{0} then {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "23/03/2022, 13:31 - A: x | 23/03/2022, a12:30 - A: x",
        "23/03/2022, 13:31 - A: x | 23/03/2022, 13:31",
        "23/03/2022, 13:31 - A: x | 23/03/2022, ",
        "23/03/2022, 13:31 - A: x | 23/03/2022, 1",
        "23/03/2022, 13:31 - A: x | 23/03/2022, 99:31 - A: x",
        "[1/6/06, 11:36:00 AM] A: x | [1/6/06, 11:38:13 PM] B: y",
        "[1/6/06, 11:36:00 AM] A: x | [1/6/06, 11:38:13 PM B: y",
        "2023/1/5 午後3:15 - A: x | 2023/1/5 3:15 - A: x",
        "18 Mar 12:14 - A: x | 18 Mar 2013 12:14 - A: x",
        "31.5.2019 klo 16.58 - A: x | 31.5.2019 klo 16:58 - A: x",
        "[1/6/06, 9:36:00 AM] A: x | [1/6/06, 10:36:00 AM] A: x",
        "[1/6/06, 10:36:00 AM] A: x | [1/6/06, 9:36:00 AM] A: x",
        "[1/6/06, 9:36:00 AM] A: x | [1/6/06, 9:36 AM] A: x",
        "[1/6/06, 9:36 AM] A: x | [1/6/06, 9:36:07 AM] A: x",
        "[1/6/06, 9:36:00 AM] A: x | [1/6/06, 9:36:00 AMX] A: x",
        "[1/6/06, 9:36:00 AM] A: x | [1/6/06, 9:36:00 AM]A: x",
        "[1/6/06, 9:36:00 AM]A: x | [1/6/06, 9:37:00 AM] A: x",
        "[1/6/06, 9:36:00 AM] A: x | [1/6/06, 9:36:00 AM] ",
        "[1/6/06, 9:36:00 AM] A: x | [1/6/06, 9:36:00 AM]",
        "[1/6/06, 9:36:00 AM] A: x | [1/6/06, 9:36:60 AM] A: x",
        "[1/6/06, 9:36:00 AM] A: x | [1/6/06, 9:36:0 AM] A: x",
        "[1/6/06, 9:36:00 AM] A: x | [1/6/06, 9.36.00 AM] A: x",
        "[1/6/06, 9:36:00 AM] A: x | [1/6/06, 9:36.00 AM] A: x",
        "23/03/2022, 13:31 - A: x | 23/03/2022, 24:31 - A: x",
        "23/03/2022, 13:31 - A: x | 23/03/2022, 13:61 - A: x",
        "23/03/2022, 13:31 - A: x | 23/03/2022, 13:315 - A: x",
        "23/03/2022, 13:31 - A: x | 23/03/2022, 1٣:31 - A: x",
        "23/03/2022, 1٣:31 - A: x | 23/03/2022, 13:31 - A: x",
        "23/03/2022, 13:31 - A: x | 23/03/2022, 13:31 -A: x",
        "23/03/2022, 13:31 - A: x | 23/03/2022, 13:31 - ",
        "23/03/2022, 13:31 - A: x | 23/03/2022, 13:31. - A: x",
        "23/03/2022, 13:31. - A: x | 23/03/2022, 13:32. - A: x",
        "12/03/15 17:56:34: A: x | 12/03/15 17:56:35: B: y",
        "12/03/15 17:56:34: A: x | 12/03/15 17:56: B: y",
        "12/03/2015, 9:15 in the morning - A: x | 12/03/2015, 9:16 in the evening - A: x",
      })
  void aLineAfterAHeaderWithTheSameDateTextReadsAsOnItsOwn(String before, String line) {
    HeaderScanner scanner = new HeaderScanner();
    assertSame(scanner, before);
    assertSame(scanner, line);
  }

  @Test
  void aTimeIsNotTakenFromALineBeforeADateTextThatEndedNoHeader() {
    HeaderScanner scanner = new HeaderScanner();
    assertSame(scanner, "[1/6/06, 9:36:00 AM] A: x"); // a bracketed time, then
    assertSame(scanner, "23/03/2022, 10:00:00 AM] x"); // a date text without a bracket: no header
    assertSame(scanner, "23/03/2022, 9:36:00 AM] A: x"); // so its time is read the long way
  }

  /**
   * Headers of one day whose times vary in every way the scanner tells apart (digits, separators,
   * seconds, AM/PM forms, the separator after the time, what follows it), in random order: each
   * must read as on its own, whatever time layout the scanner remembers from the one before.
   */
  @Test
  void timesOfEveryLayoutReadTheSameAfterAnyTimeBefore() {
    Random random = new Random(11);
    String[] dates = {"[1/6/06, ", "23/03/2022, ", "12/03/15 "};
    String[] hours = {"0", "9", "09", "12", "23", "24", "7٣", "١", "123", ""};
    String[] minutes = {"00", "36", "59", "60", "5", "٣١"};
    String[] meridiems = {"", " AM", " PM", " a.m.", " p. m.", " in the evening", " م", "AM"};
    String[] closings = {"] ", " - ", ": ", "]", " -", "]x ", " – ", "; ", ". - ", " - "};
    String[] rests = {"Ann: hi", "", "Bo: a:b", " x"};
    HeaderScanner remembering = new HeaderScanner();
    int headers = 0;
    for (int i = 0; i < 40_000; i++) {
      char sep = random.nextInt(4) == 0 ? '.' : ':';
      String time =
          pick(random, hours)
              + sep
              + pick(random, minutes)
              + (random.nextBoolean() ? pick(random, seconds(sep)) + pick(random, minutes) : "");
      String line =
          dates[i / 5000 % dates.length]
              + time
              + pick(random, meridiems)
              + pick(random, closings)
              + pick(random, rests);
      assertSame(remembering, line);
      headers +=
          new HeaderScanner().scan(line.toCharArray(), 0, line.length(), new Header()) ? 1 : 0;
    }
    assertThat(headers).as("lines that are headers").isGreaterThan(4_000);
  }

  /** The separator before the seconds: mostly the time's own, sometimes another char. */
  private static String[] seconds(char sep) {
    return new String[] {"" + sep, "" + sep, "" + sep, ":", ".", "x", " "};
  }

  private static String pick(Random random, String[] choices) {
    return choices[random.nextInt(choices.length)];
  }

  private static void assertSame(HeaderScanner remembering, String line) {
    char[] chars = line.toCharArray();
    Header expected = new Header();
    Header actual = new Header();
    boolean fresh = new HeaderScanner().scan(chars, 0, chars.length, expected);
    assertThat(remembering.scan(chars, 0, chars.length, actual)).as(line).isEqualTo(fresh);
    if (fresh) {
      assertThat(fields(actual)).as(line).containsExactly(fields(expected));
    }
  }

  private static Object[] fields(Header h) {
    return new Object[] {
      h.shape,
      h.first,
      h.second,
      h.year,
      h.monthNamed,
      h.yearFirst,
      h.hour,
      h.minute,
      h.second2,
      h.meridiem,
      h.dateStart,
      h.dateEnd,
      h.rest
    };
  }

  /** Cuts the line short or changes one char after its start, where the time and the rest are. */
  private static String mutate(String line, Random random) {
    if (line.length() < 4) {
      return line;
    }
    int at = 1 + random.nextInt(line.length() - 1);
    if (random.nextBoolean()) {
      return line.substring(0, at);
    }
    char[] odd = {'1', '9', ':', '.', ' ', 'a', 'P', '-', ']', '\u202F', '\u200E', '午'};
    return line.substring(0, at) + odd[random.nextInt(odd.length)] + line.substring(at + 1);
  }

  private static List<String> corpusLines() throws IOException, URISyntaxException {
    Path root = Path.of(DatePrefixTest.class.getResource("/whatsapp/corpus").toURI());
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(root)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        for (String line : text.split("\r?\n")) {
          lines.add(line.startsWith("\uFEFF") ? line.substring(1) : line);
        }
      }
    }
    return lines;
  }
}
