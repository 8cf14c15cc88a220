package app.walkaway.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.walkaway.event.Kind;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Whatever edge logs it, an urge or a note without its words is refused, never stored empty. */
class LogEventTest {
  private static final LocalDateTime NOW = LocalDateTime.parse("2026-03-05T23:10:00");

  @Test
  void anUrgeOrANoteWithoutWordsIsRefused() {
    for (Kind kind : new Kind[] {Kind.URGE, Kind.NOTE}) {
      assertThatThrownBy(() -> LogEvent.event(LogRequest.of(kind).text(" \n"), NOW))
          .isInstanceOfSatisfying(
              ServiceException.class,
              e -> assertThat(e.problem()).isEqualTo(ServiceException.Problem.BAD_INPUT))
          .hasMessageContaining(kind == Kind.URGE ? "an urge is its words" : "a note is its words")
          .hasMessageContaining("none were given; nothing was logged");
    }
  }

  @Test
  void aVisitOrASlipNeedsNoWords() {
    assertThat(LogEvent.event(LogRequest.of(Kind.VISIT), NOW).text()).isEmpty();
    assertThat(LogEvent.event(LogRequest.of(Kind.SLIP), NOW).text()).isEmpty();
  }
}
