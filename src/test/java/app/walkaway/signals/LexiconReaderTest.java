package app.walkaway.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LexiconReaderTest {
  private static Lexicon read(String text) {
    return LexiconReader.read(
        "xx", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void readsRulesAliasesNegationsAndIdioms() {
    Lexicon lexicon =
        read(
            """
            # a tiny language
            negate: never
            alias: luv => love
            idiom: love you all
            WANTS_BACK love: love you
            """);

    assertThat(lexicon.apply("luv you", Tokenizer.tokens("luv you")))
        .extracting(Signal::rule)
        .containsExactly("xx/love");
    assertThat(lexicon.apply("never love you", Tokenizer.tokens("never love you"))).isEmpty();
    assertThat(lexicon.apply("love you all", Tokenizer.tokens("love you all"))).isEmpty();
  }

  @Test
  void aBadLineIsReportedWithFileAndLine() {
    assertThatThrownBy(() -> read("negate: no\nthis line has no colon\n"))
        .hasMessage("xx.lexicon:2: expected 'key: value'");
  }

  @Test
  void anUnknownKindIsReported() {
    assertThatThrownBy(() -> read("LONGING miss: miss you\n"))
        .hasMessageStartingWith("xx.lexicon:1:")
        .hasMessageContaining("LONGING");
  }

  @Test
  void aRuleMayNotUseAnAliasedWord() {
    assertThatThrownBy(() -> read("alias: u => you\nMISSES_YOU miss: miss u\n"))
        .hasMessage("xx.lexicon:2: 'u' is an alias; write what it stands for");
  }
}
