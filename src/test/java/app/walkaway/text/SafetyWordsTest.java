package app.walkaway.text;

import static org.assertj.core.api.Assertions.assertThat;

import app.walkaway.safety.help.CountryHelp;
import app.walkaway.safety.help.HelpDirectory;
import app.walkaway.safety.screen.Question;
import app.walkaway.safety.screen.ScreenResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What she reads for each kind of screen result. */
class SafetyWordsTest {
  private static final Optional<CountryHelp> UK = HelpDirectory.load().find("GB");

  private static String all(SafetyWords.Message message) {
    List<String> parts = new ArrayList<>(List.of(message.headline()));
    parts.addAll(message.lead());
    parts.addAll(message.because());
    parts.addAll(message.unsure());
    parts.addAll(message.help());
    parts.addAll(message.plan());
    parts.addAll(message.cautions());
    return String.join("\n", parts);
  }

  @Test
  void aCriticalAnswerSaysTalkToASpecialistNowWithHerCountrysNumbersAndWhy() {
    ScreenResult result =
        new ScreenResult.SpecialistNow(
            List.of(Question.STRANGLING), List.of(Question.AFRAID), List.of(Question.WEAPON), "");

    SafetyWords.Message message = SafetyWords.result(result, UK);

    assertThat(message.headline()).contains("serious danger").contains("specialist today");
    assertThat(message.lead()).contains("If you are in danger right now, call 999.");
    assertThat(message.lead()).anyMatch(l -> l.contains("not your fault"));
    assertThat(message.because())
        .containsExactly(
            "he has put something around your neck or stopped you breathing",
            "you are afraid of him");
    assertThat(message.unsure())
        .containsExactly("he could get a gun, or has threatened you with a weapon");
    assertThat(message.help()).anyMatch(l -> l.contains("call 0808 2000 247"));
    assertThat(message.help().get(0)).contains("call 999");
    assertThat(message.plan()).first().asString().contains("Do not tell him");
  }

  @Test
  void concernsAreListedBackAndPointToAnAdvocate() {
    ScreenResult result =
        new ScreenResult.Concerns(
            List.of(Question.STALKING, Question.RECENT_SEPARATION), List.of(), "");

    SafetyWords.Message message = SafetyWords.result(result, UK);

    assertThat(message.headline())
        .isEqualTo(
            "You told me about 2 things that worry you. They are worth talking through with a domestic-abuse advocate.");
    assertThat(message.because()).hasSize(2);
    assertThat(message.plan()).isNotEmpty();
  }

  @Test
  void noConcernsIsNeverCalledSafe() {
    SafetyWords.Message message =
        SafetyWords.result(new ScreenResult.Concerns(List.of(), List.of(), ""), UK);

    assertThat(message.headline()).isEqualTo("You answered no to every question.");
    assertThat(all(message))
        .contains("cannot tell you that you are safe")
        .doesNotContainPattern("(?<!does not mean |cannot tell you that )you are safe");
  }

  @Test
  void everyResultCarriesTheCautionsAndNeverAScore() {
    List<ScreenResult> results =
        List.of(
            new ScreenResult.SpecialistNow(List.of(Question.WEAPON), List.of(), List.of(), ""),
            new ScreenResult.Concerns(List.of(Question.AFRAID), List.of(), ""),
            new ScreenResult.Concerns(List.of(), List.of(), ""));
    for (ScreenResult result : results) {
      String text = all(SafetyWords.result(result, UK));
      assertThat(text)
          .contains("Fewer signs does not mean you are safe")
          .contains("Answer these questions again after anything new happens")
          .contains("not a validated risk assessment")
          .contains("informed by Danger Assessment")
          .contains("Lethality Screen", "DASH", "SHARP");
      assertThat(text)
          .doesNotContainPattern("\\d+ ?%")
          .doesNotContainIgnoringCase("low risk")
          .doesNotContainIgnoringCase("your score")
          .doesNotContain("!");
      assertThat(text).doesNotContain("SPECIALIST", "THREAT_TO_KILL", "Concerns[");
    }
  }

  @Test
  void withoutACountrySheIsToldToChooseOneAndStillGetsTheEmergencyLine() {
    SafetyWords.Message message =
        SafetyWords.result(
            new ScreenResult.SpecialistNow(
                List.of(Question.THREAT_TO_KILL), List.of(), List.of(), ""),
            Optional.empty());

    assertThat(message.lead())
        .contains("If you are in danger right now, call your local emergency number.");
    assertThat(message.help()).singleElement().asString().startsWith("Choose your country");
  }

  @ParameterizedTest
  @EnumSource(Question.class)
  void everyQuestionIsAPlainQuestionAndHasAnAnswerToSayBack(Question question) {
    assertThat(SafetyWords.question(question)).endsWith("?").doesNotContain("_");
    assertThat(SafetyWords.because(question)).isNotBlank().doesNotEndWith(".");
  }

  @Test
  void theQuestionsAreAllDifferent() {
    assertThat(Arrays.stream(Question.values()).map(SafetyWords::question)).doesNotHaveDuplicates();
  }

  @Test
  void aLineSaysHowToReachItAndWhen() {
    String hotline = SafetyWords.line(HelpDirectory.load().require("US").support().get(0));

    assertThat(hotline)
        .isEqualTo(
            "National Domestic Violence Hotline: call 1-800-799-7233, or textphone 1-800-787-3224,"
                + " or text START to 88788. 24 hours a day, every day of the year.");
  }
}
