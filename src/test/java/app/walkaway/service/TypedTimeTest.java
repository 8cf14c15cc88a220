package app.walkaway.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one reader of typed days and times, for the command line and the web's forms alike. */
class TypedTimeTest {
  @ParameterizedTest
  @CsvSource({
    "2026-04-15T20:00, 2026-04-15T20:00",
    "2026-04-15 20:00, 2026-04-15T20:00",
    "' 2026-04-15 20:00:30 ', 2026-04-15T20:00:30"
  })
  void momentsAreReadWithATOrASpace(String typed, String expected) {
    assertThat(TypedTime.moment(typed)).isEqualTo(LocalDateTime.parse(expected));
  }

  @Test
  void aDayWithoutATimeSaysToAddOne() {
    assertThatThrownBy(() -> TypedTime.moment("2026-04-15"))
        .isInstanceOfSatisfying(
            ServiceException.class,
            e -> assertThat(e.problem()).isEqualTo(ServiceException.Problem.BAD_INPUT))
        .hasMessage(
            "cannot read '2026-04-15' as a date and time (add a time of day, e.g. 2026-04-15T20:00)");
  }

  @Test
  void daysAndZones() {
    assertThat(TypedTime.day(" 2026-03-01 ")).isEqualTo(LocalDate.parse("2026-03-01"));
    assertThatThrownBy(() -> TypedTime.day("1 March"))
        .hasMessage("cannot read '1 March' as a date (expected year-month-day, e.g. 2026-03-01)");
    assertThat(TypedTime.zone("Europe/London")).isEqualTo(ZoneId.of("Europe/London"));
    assertThatThrownBy(() -> TypedTime.zone("Mars/Olympus"))
        .hasMessage("unknown time zone 'Mars/Olympus' (expected e.g. Europe/London)");
  }

  @Test
  void anInstantIsOnHerClockUnlessItCarriesItsOffset() {
    ZoneId london = ZoneId.of("Europe/London");
    assertThat(TypedTime.instant("2026-07-01 09:00", london))
        .isEqualTo(Instant.parse("2026-07-01T08:00:00Z"));
    assertThat(TypedTime.instant("2026-07-01T09:00Z", london))
        .isEqualTo(Instant.parse("2026-07-01T09:00:00Z"));
  }
}
