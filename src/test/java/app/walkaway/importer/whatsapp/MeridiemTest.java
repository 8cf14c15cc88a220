package app.walkaway.importer.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** FORMATS §1.4 hour rules. */
class MeridiemTest {
  @ParameterizedTest(name = "{1} {0} -> {2}")
  @CsvSource({
    "AM, 12, 0",
    "AM, 0, 0",
    "AM, 9, 9",
    "PM, 12, 12",
    "PM, 1, 13",
    "PM, 11, 23",
    "PM, 13, 13",
    "PM, 23, 23",
    "NONE, 17, 17",
    "NIGHT, 11, 23",
    "NIGHT, 12, 0",
    "NIGHT, 2, 2",
  })
  void convertsToA24HourClock(Meridiem m, int hour, int expected) {
    assertThat(m.toHour24(hour)).isEqualTo(expected);
  }
}
