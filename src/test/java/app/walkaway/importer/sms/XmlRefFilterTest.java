package app.walkaway.importer.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pre-filter that turns surrogate references into real characters (FORMATS §4.2). */
class XmlRefFilterTest {

  private static String filter(String text, long replaced) throws IOException {
    String whole = null;
    for (int size : new int[] {1, 2, 5, 8192}) {
      XmlRefFilter filter = new XmlRefFilter(new StringReader(text));
      StringBuilder out = new StringBuilder();
      char[] buf = new char[size];
      for (int n = filter.read(buf, 0, size); n >= 0; n = filter.read(buf, 0, size)) {
        out.append(buf, 0, n);
      }
      assertThat(filter.replaced()).isEqualTo(replaced);
      assertThat(whole == null || whole.equals(out.toString()))
          .as("read %d at a time", size)
          .isTrue();
      whole = out.toString();
    }
    return whole;
  }

  @ParameterizedTest(name = "{3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a&#55357;&#56832;b | a😀b | 0 | a decimal pair becomes one character",
        "&#xD83D;&#xDE00; | 😀 | 0 | a hex pair too",
        "&#55357; x | \uFFFD x | 1 | a lone high half is replaced",
        "&#56832; | \uFFFD | 1 | a lone low half is replaced",
        "&#55357;&#55357;&#56832; | \uFFFD😀 | 1 | a high half followed by a pair",
        "&#55357;&amp; | \uFFFD&amp; | 1 | a high half before another entity",
        "bell &#7; | bell \uFFFD | 1 | a control character XML forbids",
        "&#10;&#x41;&lt;&amp; | &#10;&#x41;&lt;&amp; | 0 | ordinary references pass unchanged",
        "&#12345678901; & &# &#x; | &#12345678901; & &# &#x; | 0 | things that are not references pass"
      })
  void rewritesOnlyWhatXmlCannotRead(String in, String out, long replaced, String why)
      throws IOException {
    assertThat(filter(in, replaced)).isEqualTo(out);
  }
}
