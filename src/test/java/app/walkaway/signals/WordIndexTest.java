package app.walkaway.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
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

    assertThat(index.candidates(Tokenizer.tokens("you and i")).stream()).isEmpty();
    assertThat(index.candidates(Tokenizer.tokens("i miss her")).stream()).containsExactly(0);
    assertThat(index.candidates(Tokenizer.tokens("so sorry")).stream()).containsExactly(3);
  }

  @Test
  void aPrefixSlotFilesThePhraseUnderThePrefix() {
    WordIndex index = new WordIndex(phrases);

    assertThat(index.candidates(Tokenizer.tokens("killing time")).stream()).containsExactly(1, 2);
    assertThat(index.candidates(Tokenizer.tokens("ki")).stream()).isEmpty();
  }

  @Test
  void keysAvoidWordsFoundInAlmostEveryMessage() {
    assertThat(Phrase.compile("i miss you").key().orElseThrow().exact()).isEqualTo(Set.of("mis"));
    assertThat(Phrase.compile("kill* myself|yourself").key().orElseThrow().prefixes())
        .containsExactly("kil");
    assertThat(Phrase.compile("you|u * sorry").key().orElseThrow().exact())
        .isEqualTo(Set.of("sory"));
  }
}
