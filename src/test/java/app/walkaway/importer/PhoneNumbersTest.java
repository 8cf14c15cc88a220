package app.walkaway.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One phone number in the many ways people and phones write it. */
class PhoneNumbersTest {

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "'+44 7700 900123', 07700900123",
    "'+44 7700 900123', 07700-900-123",
    "'+447700900123', '(07700) 900 123'",
    "'\u202A+44\u00A07700\u00A0900123\u202C', 07700900123",
    "'+1 (555) 010-0199', 555-010-0199",
    "'+33 6 12 34 56 78', 0612345678",
    "'900123 4', '9001234'"
  })
  void theSameNumberWrittenDifferentlyMatches(String a, String b) {
    assertThat(PhoneNumbers.same(a, b)).isTrue();
    assertThat(Names.key(a)).isEqualTo(Names.key(b));
  }

  @ParameterizedTest(name = "{0} ≠ {1}")
  @CsvSource({
    "'+44 7700 900123', '+44 7700 900124'",
    "'+44 7700 900123', 'Tomas Berg'",
    "'72404', '72404'",
    "'Flat 12, 4 Mill Road', '124'"
  })
  void differentNumbersAndNonNumbersDoNot(String a, String b) {
    assertThat(PhoneNumbers.same(a, b)).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"'Tomas Berg', tomas berg", "'~ Tomas  Berg', tomas berg", "'Route 66', route 66"})
  void namesKeepTheirOrdinaryKey(String name, String key) {
    assertThat(Names.key(name)).isEqualTo(key);
  }

  @org.junit.jupiter.api.Test
  void typedNameMatchesAnAuthorByKeyOrByDisplayName() {
    Author him = new Author("Tomas Berg", "tel:700900123", false);
    assertThat(Names.matches("07700 900123", him)).isTrue();
    assertThat(Names.matches("tomas berg", him)).isTrue();
    assertThat(Names.matches("Ines", him)).isFalse();
  }
}
