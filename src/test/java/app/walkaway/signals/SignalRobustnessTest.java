package app.walkaway.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Any text at all: no exception, spans inside the text, matches equal to the spans. */
class SignalRobustnessTest {
  private static final String PIECES =
      "abcdefghijklmnopqrstuvwxyz ABCXYZ äöüßéñ '\"“”„«»>.,!?;:-—…\n\t0123456789💔😂👍🏽❤️\u200d";
  private static final String[] WORDS = {
    "i",
    "miss",
    "you",
    "u",
    "not",
    "don't",
    "kill",
    "myself",
    "sorry",
    "to",
    "hear",
    "ich",
    "dich",
    "vermisse",
    "nicht",
    "answer",
    "me",
    "outside",
    "your",
    "house",
    "\"",
    ">",
    ",",
    "."
  };

  @Test
  void randomTextNeverBreaksTheDetector() {
    SignalDetector detector = SignalDetector.standard();
    Random random = new Random(20260401);
    assertTimeoutPreemptively(
        Duration.ofSeconds(30),
        () -> {
          for (int i = 0; i < 5000; i++) {
            String text = i % 2 == 0 ? characters(random) : words(random);
            for (Signal s : detector.read(text)) {
              assertThat(text.substring(s.start(), s.end())).as(text).isEqualTo(s.match());
            }
          }
        });
  }

  @Test
  void aVeryLongMessageIsReadQuickly() {
    String text = "i really really miss you but, honestly, ".repeat(5000);

    assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () -> assertThat(SignalDetector.standard().read(text)).isNotEmpty());
  }

  private static String characters(Random random) {
    StringBuilder sb = new StringBuilder();
    int n = random.nextInt(80);
    for (int i = 0; i < n; i++) {
      int at = random.nextInt(PIECES.length());
      sb.append(PIECES.charAt(at));
    }
    return sb.toString();
  }

  private static String words(Random random) {
    StringBuilder sb = new StringBuilder();
    int n = random.nextInt(20);
    for (int i = 0; i < n; i++) {
      sb.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(4) == 0 ? "" : " ");
    }
    return sb.toString();
  }
}
