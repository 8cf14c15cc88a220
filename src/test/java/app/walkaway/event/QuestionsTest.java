package app.walkaway.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A question mark in any script makes a message ask something; nothing else does. */
class QuestionsTest {
  @Test
  void everyCharIsAMarkExactlyWhenItsOwnTextAsks() {
    int marks = 0;
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      boolean asks = Questions.asks(String.valueOf((char) c));
      assertThat(Questions.isMark((char) c)).as("U+%04X", c).isEqualTo(asks);
      marks += asks ? 1 : 0;
    }
    assertThat(marks).as("?, ¿, Greek, Arabic and full-width marks").isEqualTo(5);
  }

  @Test
  void aMarkAnywhereAsks() {
    assertThat(Questions.asks("¿vienes mañana")).isTrue();
    assertThat(Questions.asks("明天来吗？")).isTrue();
    assertThat(Questions.asks("هل ستأتي؟")).isTrue();
    assertThat(Questions.asks("see you at 8 ❤️")).isFalse();
  }
}
