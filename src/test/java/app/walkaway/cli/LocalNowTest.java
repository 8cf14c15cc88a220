package app.walkaway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import java.util.TimeZone;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The local time through TimeZone is the one java.time gives, in any zone, at any moment. */
class LocalNowTest {
  private static final long YEAR_1950 = -631_152_000_000L;
  private static final long YEAR_2100 = 4_102_444_800_000L;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "UTC",
        "Europe/Berlin",
        "America/St_Johns",
        "Asia/Kathmandu",
        "Australia/Lord_Howe",
        "Pacific/Chatham",
        "America/Sao_Paulo",
        "GMT+05:30"
      })
  void matchesJavaTimeAtRandomMomentsAndAroundEveryChangeOfOffset(String id) {
    TimeZone zone = TimeZone.getTimeZone(id);
    Random random = new Random(id.hashCode());
    for (int i = 0; i < 20_000; i++) {
      long millis = YEAR_1950 + (long) (random.nextDouble() * (YEAR_2100 - YEAR_1950));
      assertSame(millis, zone);
    }
    // From 1950 on: before 1900 the two differ (java.util.TimeZone does not keep the local mean
    // times of the 19th century), which no "now" reaches.
    var rules = zone.toZoneId().getRules();
    for (var change : rules.getTransitions()) {
      long at = change.toEpochSecond() * 1000;
      if (at < YEAR_1950) {
        continue;
      }
      for (long delta : new long[] {-1001, -1000, -1, 0, 1, 999, 1000}) {
        assertSame(at + delta, zone);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTC", "Europe/Berlin", "America/Los_Angeles", "Asia/Kolkata"})
  void nowIsTheDefaultZonesNow(String id) {
    TimeZone before = TimeZone.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone(id));
      LocalDateTime expected = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
      LocalDateTime now = LocalNow.toTheSecond();
      assertThat(Duration.between(expected, now).abs()).isLessThanOrEqualTo(Duration.ofSeconds(1));
      assertThat(now.getNano()).isZero();
    } finally {
      TimeZone.setDefault(before);
    }
  }

  private static void assertSame(long millis, TimeZone zone) {
    LocalDateTime expected =
        LocalDateTime.ofInstant(Instant.ofEpochMilli(millis), zone.toZoneId())
            .truncatedTo(ChronoUnit.SECONDS);
    assertThat(LocalNow.at(millis, zone)).as("%s at %d", zone.getID(), millis).isEqualTo(expected);
  }
}
