package app.walkaway.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.walkaway.event.Actor;
import app.walkaway.event.Kind;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The insight series over a small vault whose every figure can be counted by hand. */
class InsightsTest {
  private static final LocalDateTime NOW = LocalDateTime.parse("2026-03-12T12:00");
  private static final LocalDate START = LocalDate.parse("2026-03-02"); // a Monday

  @TempDir Path home;
  private VaultSession session;

  @BeforeEach
  void fill() {
    session = Vaults.create(home);
    message(Actor.ME, "2026-02-24T10:00"); // Tuesday: she opens
    message(Actor.THEM, "2026-02-24T10:30"); // he answers in 30 minutes
    message(Actor.ME, "2026-02-26T20:00"); // Thursday: she opens
    message(Actor.THEM, "2026-02-26T22:00"); // he answers in 2 hours
    message(Actor.THEM, "2026-03-04T09:00"); // Wednesday, since her start: he opens
    message(Actor.ME, "2026-03-04T13:00"); // she answers in 4 hours
    message(Actor.THEM, "2026-03-09T23:00"); // Monday night: he opens
    LogEvent.log(
        session, LogRequest.of(Kind.VISIT).at(LocalDateTime.parse("2026-03-10T18:00")), NOW);
  }

  @AfterEach
  void lock() {
    session.lock();
  }

  private void message(Actor who, String at) {
    LogEvent.log(
        session,
        LogRequest.of(Kind.MESSAGE).who(who).at(LocalDateTime.parse(at)).text("hello"),
        NOW);
  }

  private InsightSeries insights(Optional<LocalDate> from) {
    return Insights.of(
        session, new InsightsQuery(Optional.of(START), from, NOW, Duration.ofHours(6)));
  }

  @Test
  void conversationsStartedWeekByWeek() {
    InsightSeries series = insights(Optional.empty());

    assertThat(series.weeks())
        .containsExactly(
            new InsightSeries.Week(LocalDate.parse("2026-02-23"), 2, 0),
            new InsightSeries.Week(LocalDate.parse("2026-03-02"), 0, 1),
            new InsightSeries.Week(LocalDate.parse("2026-03-09"), 0, 1));
    assertThat(series.start()).contains(START);
  }

  @Test
  void replyDelaysBeforeAndSince() {
    InsightSeries.Replies replies = insights(Optional.empty()).replies();

    assertThat(replies.hisBefore().count()).isEqualTo(2);
    assertThat(replies.hisBefore().median()).hasValue(75.0);
    assertThat(replies.herBefore().count()).isZero();
    assertThat(replies.herSince().orElseThrow().median()).hasValue(240.0);
    assertThat(replies.hisSince().orElseThrow().count()).isZero();
  }

  @Test
  void everyDayOfTheCalendarWithHisVisitCounted() {
    InsightSeries series = insights(Optional.empty());

    assertThat(series.days()).hasSize(17); // 24 February to 12 March
    assertThat(series.days().get(0))
        .isEqualTo(new InsightSeries.Day(LocalDate.parse("2026-02-24"), 1, 1));
    assertThat(series.days())
        .filteredOn(d -> d.day().equals(LocalDate.parse("2026-03-10")))
        .containsExactly(new InsightSeries.Day(LocalDate.parse("2026-03-10"), 0, 1));
    assertThat(series.days().stream().mapToInt(InsightSeries.Day::him).sum()).isEqualTo(5);
  }

  @Test
  void hisContactByWeekdayAndHour() {
    InsightSeries.HourGrid his = insights(Optional.empty()).hisHours();

    assertThat(his.total()).isEqualTo(5);
    assertThat(his.at(DayOfWeek.MONDAY, 23)).isEqualTo(1);
    assertThat(his.at(DayOfWeek.TUESDAY, 10)).isEqualTo(1);
    assertThat(his.at(DayOfWeek.TUESDAY, 18)).isEqualTo(1);
    assertThat(his.at(DayOfWeek.THURSDAY, 22)).isEqualTo(1);
    assertThat(his.at(DayOfWeek.WEDNESDAY, 9)).isEqualTo(1);
    assertThat(insights(Optional.empty()).herHours().total()).isEqualTo(3);
  }

  @Test
  void aFirstDayLimitsEverySeries() {
    InsightSeries series = insights(Optional.of(LocalDate.parse("2026-03-01")));

    assertThat(series.days()).hasSize(12);
    assertThat(series.days().get(0).day()).isEqualTo(LocalDate.parse("2026-03-01"));
    assertThat(series.weeks()).extracting(InsightSeries.Week::her).containsOnly(0);
    assertThat(series.hisHours().total()).isEqualTo(3);
  }
}
