package app.walkaway.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordIndexTest {
  private final List<Phrase> phrases =
      List.of(
          Phrase.compile("i miss you"),
          Phrase.compile("kill* myself|yourself"),
          Phrase.compile("kill* *"),
          Phrase.compile("[so] sorry"));

  @Test
  void aMessageTriesOnlyPhrasesFiledUnderItsWords() {
    WordIndex index = new WordIndex(phrases);

    assertThat(index.candidates(Tokenizer.tokens("you and i")).stream()).containsExactly(2);
    assertThat(index.candidates(Tokenizer.tokens("i miss her")).stream()).containsExactly(0, 2);
    assertThat(index.candidates(Tokenizer.tokens("so sorry")).stream()).containsExactly(2, 3);
  }

  @Test
  void keysAvoidWordsFoundInAlmostEveryMessage() {
    assertThat(Phrase.compile("i miss you").keyWords()).hasValue(java.util.Set.of("mis"));
    assertThat(Phrase.compile("kill* myself|yourself").keyWords())
        .hasValue(java.util.Set.of("myself", "yourself"));
    assertThat(Phrase.compile("kill* *").keyWords()).isEmpty();
  }
}
