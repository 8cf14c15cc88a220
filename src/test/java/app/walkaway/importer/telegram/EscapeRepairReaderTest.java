package app.walkaway.importer.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Telegram's \xHH escapes rewritten to JSON's own form; everything else untouched. */
class EscapeRepairReaderTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "\"a\\x0bb\" | \"a\\u000bb\" | 1",
        "\"\\\\x41\" | \"\\\\x41\" | 0",
        "\"\\\\\\x07\" | \"\\\\\\u0007\" | 1",
        "\"plain\" | \"plain\" | 0"
      })
  void rewritesHexEscapesOnly(String in, String out, long repaired) throws IOException {
    for (int size : new int[] {1, 3, 8192}) {
      EscapeRepairReader reader = new EscapeRepairReader(new StringReader(in));
      StringBuilder text = new StringBuilder();
      char[] buf = new char[size];
      for (int n = reader.read(buf, 0, size); n >= 0; n = reader.read(buf, 0, size)) {
        text.append(buf, 0, n);
      }
      assertThat(text.toString()).as("read %d at a time", size).isEqualTo(out);
      assertThat(reader.repaired()).isEqualTo(repaired);
    }
  }
}
