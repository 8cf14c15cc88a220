package app.walkaway.importer.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Single header lines: fields, 24-hour time and where the rest starts. {@code _} in the inputs
 * stands for NBSP, {@code ^} for NNBSP and {@code >} for LRM, to keep the table readable.
 */
class HeaderScannerTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1/29/18, 11:47 PM - Bo: hi        | 1  | 29 | 2018 | 23 | 47 | 0  | Bo: hi",
        "1/30/18, 12:05 AM - Bo: hi        | 1  | 30 | 2018 | 0  | 5  | 0  | Bo: hi",
        "1/29/18, 23:59 PM - Bo: hi        | 1  | 29 | 2018 | 23 | 59 | 0  | Bo: hi",
        "1/29/18, 00:04 AM - Bo: hi        | 1  | 29 | 2018 | 0  | 4  | 0  | Bo: hi",
        "[31/12/2019, 13:37:00 p.m.] Bo: x | 31 | 12 | 2019 | 13 | 37 | 0  | Bo: x",
        "[31/12/2019, 2:14:40 a.m.] Bo: x  | 31 | 12 | 2019 | 2  | 14 | 40 | Bo: x",
        "20/6/2017 8:28 p._m. - Bo: x      | 20 | 6  | 2017 | 20 | 28 | 0  | Bo: x",
        "1/4/23, 7:02^pm - Bo: x           | 1  | 4  | 2023 | 19 | 2  | 0  | Bo: x",
        ">[3/27/22, 21:41:55] Bo: >img     | 3  | 27 | 2022 | 21 | 41 | 55 | Bo: >img",
        "2023/1/5 午後3:15 - Bo: x          | 1  | 5  | 2023 | 15 | 15 | 0  | Bo: x",
        "2023/1/5 午前9:15 - Bo: x          | 1  | 5  | 2023 | 9  | 15 | 0  | Bo: x",
        "2023/1/5 3:15 오후 - Bo: x         | 1  | 5  | 2023 | 15 | 15 | 0  | Bo: x",
        "03/01/2021, 3:07 in the afternoon - Bo: x | 3 | 1 | 2021 | 15 | 7 | 0 | Bo: x",
        "31.5.2019 klo 16.58 - Bo: x       | 31 | 5  | 2019 | 16 | 58 | 0  | Bo: x",
        "02.05.18 à 18:00 - Bo: x          | 2  | 5  | 2018 | 18 | 0  | 0  | Bo: x",
        "13. 6. 2018 21:25 - Bo: x         | 13 | 6  | 2018 | 21 | 25 | 0  | Bo: x",
        "[3/18/2565 BE, 14:56:01] Bo: x    | 3  | 18 | 2022 | 14 | 56 | 1  | Bo: x",
        "[3/18/H30, 14:56:01] Bo: x        | 3  | 18 | 2018 | 14 | 56 | 1  | Bo: x",
        "2022/12/14, 13:34. - Bo: x        | 12 | 14 | 2022 | 13 | 34 | 0  | Bo: x",
        "01.04.2015 - 16:00:27; ME: x      | 1  | 4  | 2015 | 16 | 0  | 27 | ME: x",
        "7/1/16, 5:13:36 PM: Bo: x         | 7  | 1  | 2016 | 17 | 13 | 36 | Bo: x",
        "19:23, 28 Aug 2013 - Bo: x        | 28 | 8  | 2013 | 19 | 23 | 0  | Bo: x",
        "Mar 5, 8:11 PM - Bo: x            | 5  | 3  | -1   | 20 | 11 | 0  | Bo: x",
        "18 Mar 12:14 - Sadie was added    | 18 | 3  | -1   | 12 | 14 | 0  | Sadie was added",
      })
  void readsTheHeader(
      String line, int first, int second, int year, int hour, int minute, int sec, String rest) {
    String text = line.strip().replace('_', '\u00A0').replace('^', '\u202F').replace(">", "\u200E");
    Header h = new Header();

    assertThat(new HeaderScanner().scan(text.toCharArray(), 0, text.length(), h)).isTrue();
    assertThat(new int[] {h.first, h.second, h.year, h.hour24(), h.minute, h.second2})
        .containsExactly(first, second, year, hour, minute, sec);
    assertThat(text.substring(h.rest)).isEqualTo(rest.replace(">", "\u200E"));
  }

  @ParameterizedTest(name = "not a header: [{0}]")
  @ValueSource(
      strings = {
        "[2,4,0,4,11,2602,36] ->   11",
        "20.15.21.15 h Stock Donnerstag",
        "12:30 pick up the parcel",
        "3 pears - 2 apples",
        "Mar 5 was fun",
        "1/2/3 4:5 - x",
        "31/12/2019 25:00 - Bo: x",
        "",
        "[3/18/22, 14:56:01 Bo: no closing bracket"
      })
  void refusesLinesThatAreNotHeaders(String line) {
    assertThat(new HeaderScanner().scan(line.toCharArray(), 0, line.length(), new Header()))
        .isFalse();
  }
}
