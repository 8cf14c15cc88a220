package app.walkaway.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageGuessTest {
  @Test
  void aChatInAShippedLanguageIsReadInIt() {
    ChatLanguage told =
        LanguageGuess.of(
            List.of(
                "vc vai ver o que acontece", "cadê vc", "não quero te perder", "tô aqui embaixo"));

    assertThat(told).isEqualTo(new ChatLanguage.Read(List.of("pt")));
  }

  @Test
  void aChatInALanguageWithoutALexiconSaysSo() {
    ChatLanguage told =
        LanguageGuess.of(
            List.of(
                "ik mis je echt", "waarom antwoord je niet", "het is niet goed zo", "ik ben er"));

    assertThat(told).isEqualTo(new ChatLanguage.Unsupported("nl", List.of()));
    assertThat(SignalDetector.forChat(told).read("i miss you")).isEmpty();
  }

  @Test
  void aScriptWithoutSpacesIsToldByItsLetters() {
    assertThat(LanguageGuess.of(List.of("我想你", "你在哪里", "为什么不回我")))
        .isEqualTo(new ChatLanguage.Unsupported("zh", List.of()));
  }

  @Test
  void aBilingualChatReadsBothLanguages() {
    ChatLanguage told =
        LanguageGuess.of(
            List.of(
                "i miss you so much, where are you",
                "can you call me tonight",
                "ich vermisse dich so sehr",
                "wo bist du gerade, ich will dich sehen"));

    assertThat(told.lexicons()).containsExactlyInAnyOrder("en", "de");
  }

  @Test
  void tooFewWordsToTellReadsEveryLanguage() {
    ChatLanguage told = LanguageGuess.of(List.of("ok", "👍"));

    assertThat(told).isEqualTo(new ChatLanguage.Unclear());
    assertThat(SignalDetector.forChat(told).read("te mato")).isNotEmpty();
  }
}
