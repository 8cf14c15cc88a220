package app.walkaway.importer.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Meta's "every UTF-8 byte as its own char" strings repaired, and proper text left alone. */
class MojibakeTest {

  /** What Meta writes for a string: its UTF-8 bytes, one char each. */
  private static String mangled(String text) {
    return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Zażółć gęślą jaźń",
        "Привет, как дела?",
        "你好，明天见",
        "お元気ですか",
        "Good night 😴",
        "❤️ and 👩🏻‍⚖️ with a joiner",
        "plain ascii stays"
      })
  void mangledTextComesBackWhole(String text) {
    assertThat(Mojibake.repair(mangled(text))).isEqualTo(text);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "'Café', a genuine Latin-1 é is not valid UTF-8 and is kept",
    "'Ren\u00e9 \u00e0 Paris', several genuine Latin-1 letters are kept",
    "'already 😀 proper', a char above U+00FF means the string was never mangled",
    "'\u00c5\u0082 then Ł', mixed mangled and proper text is left alone"
  })
  void textThatWasNeverMangledIsKept(String text, String why) {
    assertThat(Mojibake.repair(text)).as(why).isEqualTo(text);
  }
}
