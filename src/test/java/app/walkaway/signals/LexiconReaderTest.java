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
  void phrasesJoinedByAndMustAllBeInTheMessageInAnyOrder() {
    Lexicon lexicon = read("THREAT leverage: boss & find out\n");

    assertThat(
            lexicon.apply("your boss will find out", Tokenizer.tokens("your boss will find out")))
        .extracting(Signal::match)
        .containsExactly("boss will find out");
    assertThat(
            lexicon.apply(
                "they will find out. ask your boss",
                Tokenizer.tokens("they will find out. ask your boss")))
        .extracting(Signal::match)
        .containsExactly("find out. ask your boss");
    assertThat(lexicon.apply("my boss is away", Tokenizer.tokens("my boss is away"))).isEmpty();
  }

  @Test
  void aNegationOnAnyJoinedPhraseMakesTheFlagPossible() {
    Lexicon lexicon = read("negate: never\nTHREAT leverage: boss & find out\n");
    String text = "your boss will never find out";

    assertThat(lexicon.apply(text, Tokenizer.tokens(text)))
        .singleElement()
        .matches(Signal::possible);
  }

  @Test
  void aPossibleOnlyRuleNeverGivesAFirmFlag() {
    Lexicon lexicon = read("SELF_HARM? cant-go-on: cant do this anymore\n");
    String text = "i cant do this anymore";

    assertThat(lexicon.apply(text, Tokenizer.tokens(text)))
        .singleElement()
        .matches(Signal::possible);
    assertThatThrownBy(() -> read("MISSES_YOU? miss: miss you\n"))
        .hasMessageContaining("only a red-flag rule can be possible");
  }

  @Test
  void anElidedArticleIsSplitFromItsNounButOtherApostrophesStay() {
    Lexicon lexicon = read("elide: l\nSTALKING tag: airtag\nTHREAT have: jai tout\n");

    assertThat(apply(lexicon, "l'airtag est dans ton sac"))
        .extracting(Signal::match)
        .containsExactly("airtag");
    assertThat(apply(lexicon, "j'ai tout")).extracting(Signal::match).containsExactly("j'ai tout");
    assertThat(apply(read("STALKING tag: airtag\n"), "l'airtag")).isEmpty();
  }

  private static java.util.List<Signal> apply(Lexicon lexicon, String text) {
    return lexicon.apply(text, Tokenizer.tokens(text));
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
