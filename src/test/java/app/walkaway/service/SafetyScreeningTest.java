package app.walkaway.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.walkaway.safety.screen.Question;
import app.walkaway.safety.screen.Reply;
import app.walkaway.safety.screen.ScreenAnswers;
import app.walkaway.safety.screen.ScreenResult;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The risk screen and the help numbers as use cases over a real vault. */
class SafetyScreeningTest {
  @TempDir Path dir;

  private static ScreenAnswers answers(Question yes, String anythingElse) {
    Map<Question, Reply> replies = new EnumMap<>(Question.class);
    for (Question question : Question.values()) {
      replies.put(question, Reply.NO);
    }
    replies.put(yes, Reply.YES);
    replies.put(Question.PREGNANCY, Reply.NOT_SURE);
    return new ScreenAnswers(replies, anythingElse);
  }

  @Test
  void everyScreeningIsKeptWithItsDateAndReadBackTheSame() {
    try (VaultSession vault = Journals.newVault(dir)) {
      ScreenAnswers first = answers(Question.STALKING, "");
      ScreenAnswers second = answers(Question.STRANGLING, "Er hat mich gewürgt; \"never again\".");

      SafetyScreening.Screening kept = SafetyScreening.screen(vault, first, Journals.NOW);
      SafetyScreening.screen(vault, second, Journals.NOW.plusDays(3));

      assertThat(kept.result()).isInstanceOf(ScreenResult.Concerns.class);
      assertThat(SafetyScreening.history(vault))
          .extracting(SafetyScreening.Screening::answers)
          .containsExactly(first, second);
      assertThat(SafetyScreening.history(vault).get(1).result())
          .isInstanceOf(ScreenResult.SpecialistNow.class);
      var stored = vault.read(v -> v.screens().all());
      assertThat(stored).extracting(r -> r.outcome()).containsExactly("concerns", "specialist-now");
      assertThat(stored.get(1).at()).isEqualTo(Journals.NOW.plusDays(3));
    }
  }

  @Test
  void redFlagsPrefillThroughTheUseCase() {
    assertThat(SafetyScreening.prefill(List.of("threat")))
        .containsOnlyKeys(Question.THREAT_TO_KILL);
  }

  @Test
  void herCountryIsSavedOnlyWhenNumbersAreKeptForIt() {
    try (VaultSession vault = Journals.newVault(dir)) {
      assertThat(HelpLines.savedCountry(vault)).isEmpty();
      assertThatThrownBy(() -> HelpLines.saveCountry(vault, "XX"))
          .isInstanceOf(ServiceException.class);

      HelpLines.saveCountry(vault, "uk");

      assertThat(HelpLines.savedCountry(vault)).contains("GB");
      assertThat(
              HelpLines.find(Optional.empty(), HelpLines.savedCountry(vault))
                  .orElseThrow()
                  .country())
          .isEqualTo("GB");
      assertThat(HelpLines.find(Optional.of("IE"), Optional.of("GB")).orElseThrow().country())
          .as("the country given now wins")
          .isEqualTo("IE");
      assertThat(HelpLines.find(Optional.empty(), Optional.empty())).isEmpty();
    }
  }
}
