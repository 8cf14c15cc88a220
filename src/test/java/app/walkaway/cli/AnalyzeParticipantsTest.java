package app.walkaway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeParticipantsTest {
  @TempDir Path dir;

  private Path couple() {
    return ChatFiles.write(
        dir,
        "couple.txt",
        "13/02/2026, 09:30 - Maya Lund: Morning! Coffee later?",
        "13/02/2026, 09:41 - Daniel: sure, 4?",
        "13/02/2026, 09:42 - Maya Lund: 4 is perfect",
        "14/02/2026, 18:02 - Maya Lund: Thanks for today",
        "14/02/2026, 19:15 - Daniel: anytime");
  }

  private Path group() {
    return ChatFiles.write(
        dir,
        "group.txt",
        "13/02/2026, 09:30 - Maya: Who's in for the lake on Sunday?",
        "13/02/2026, 09:35 - Jo: me!",
        "13/02/2026, 09:50 - Sam: maybe",
        "13/02/2026, 10:10 - Jo: bring snacks",
        "13/02/2026, 10:12 - Maya: Always");
  }

  @Test
  void withoutMeTheParticipantsAreListed() {
    CliRun run = CliRun.of("analyze", couple().toString(), "--now", "2026-03-01T12:00");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo(
            "walkaway: say which participant you are with --me. Participants: Maya Lund (3"
                + " messages), Daniel (2). For example: --me \"Maya Lund\"."
                + System.lineSeparator());
  }

  @Test
  void aNameNotInTheChatIsShownWithTheChoices() {
    CliRun run =
        CliRun.of("analyze", couple().toString(), "--me", "Mia", "--now", "2026-03-01T12:00");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains(
            "walkaway: \"Mia\" is not in this chat. Participants: Maya Lund (3 messages), Daniel"
                + " (2). Choose one with --me \"Maya Lund\".")
        .doesNotContain("Exception");
  }

  @Test
  void herNameIsFoundWhateverTheCaseSpacingOrMarks() {
    for (String typed : new String[] {"maya lund", "  MAYA   LUND ", "\u200EMaya Lund", "maya"}) {
      CliRun run =
          CliRun.of("analyze", couple().toString(), "--me", typed, "--now", "2026-03-01T12:00");

      assertThat(run.exitCode()).as(typed).isZero();
      assertThat(run.out()).as(typed).contains("Your chat with Daniel");
    }
  }

  @Test
  void aGroupChatIsRefusedUnlessThemIsNamed() {
    CliRun run =
        CliRun.of("analyze", group().toString(), "--me", "Maya", "--now", "2026-03-01T12:00");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains("this chat has 3 participants: Maya (2 messages), Jo (2), Sam (1)")
        .contains("--them \"Jo\"");
  }

  @Test
  void inAGroupEveryoneButThemIsLeftOut() {
    CliRun run =
        CliRun.of(
            "analyze",
            group().toString(),
            "--me",
            "Maya",
            "--them",
            "sam",
            "--now",
            "2026-03-01T12:00",
            "--json");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("\"them\": \"Sam\"")
        .contains("\"messages\": 5")
        .contains("\"conversations\": 1");
  }

  @Test
  void aChatOnlySheWroteInStillReadsWell() throws Exception {
    Path alone =
        ChatFiles.write(
            dir,
            "alone.txt",
            "13/02/2026, 09:30 - Maya: Are you awake?",
            "15/02/2026, 10:00 - Maya: Hope you're okay");

    CliRun run =
        CliRun.of("analyze", alone.toString(), "--me", "Maya", "--now", "2026-03-01T12:00");
    CliRun json =
        CliRun.of(
            "analyze", alone.toString(), "--me", "Maya", "--now", "2026-03-01T12:00", "--json");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("Your chat with the other person: 2 messages")
        .contains("The other person's typical reply: none within two days.")
        .contains("The other person has not written in this chat at all.");
    assertThat(json.out()).contains("\"them\": null").contains("\"Maya\": 2");
  }

  @Test
  void aNameForThemThatIsNotThereIsShownWithTheChoices() {
    CliRun run =
        CliRun.of(
            "analyze",
            group().toString(),
            "--me",
            "Maya",
            "--them",
            "Tom",
            "--now",
            "2026-03-01T12:00");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains("\"Tom\" is not one of the other people in this chat")
        .contains("Choose one with --them \"Jo\".");
  }
}
