package app.walkaway.text;

import static org.assertj.core.api.Assertions.assertThat;

import app.walkaway.signals.ChatLanguage;
import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageWordsTest {
  @Test
  void aChatInALanguageWithoutALexiconSaysSoPlainly() {
    assertThat(LanguageWords.notRead(new ChatLanguage.Unsupported("nl", List.of())))
        .contains(
            "These messages look Dutch. Walkaway reads signals in English, German, Spanish,"
                + " French, Portuguese and Italian, so finding none here says nothing about what"
                + " his words mean.");
  }

  @Test
  void aMixedChatSaysWhichOfItsLanguagesWasRead() {
    assertThat(LanguageWords.notRead(new ChatLanguage.Unsupported("pl", List.of("en", "de"))))
        .hasValueSatisfying(
            words ->
                assertThat(words)
                    .startsWith("These messages look mostly Polish.")
                    .contains("only what he wrote in English and German was read"));
  }

  @Test
  void aLanguageWithoutANameIsNotShownAsACode() {
    assertThat(LanguageWords.notRead(new ChatLanguage.Unsupported("qq", List.of())))
        .hasValueSatisfying(
            words ->
                assertThat(words)
                    .startsWith("These messages are in a language Walkaway does not know.")
                    .doesNotContain("qq"));
  }

  @Test
  void aChatWalkawayReadsOrCannotTellNeedsNoSentence() {
    assertThat(LanguageWords.notRead(new ChatLanguage.Read(List.of("es")))).isEmpty();
    assertThat(LanguageWords.notRead(new ChatLanguage.Unclear())).isEmpty();
  }
}
