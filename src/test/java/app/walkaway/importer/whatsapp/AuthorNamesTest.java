package app.walkaway.importer.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import app.walkaway.importer.Author;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The sender of a line taken from the names seen lately is the one a search for the first ": "
 * finds, whatever the names hold: colons, a final colon, spaces, the same start as another name.
 */
class AuthorNamesTest {
  private static final String[] NAMES = {
    "Sam", "Sam L", "Maya Lindqvist", "Bob:", "A: B", "Amazon EG", "~ Ana", "Sam:x", "Ana\u00A0B"
  };
  private static final String[] AFTER = {": hi", ":", ": ", "::: x", ": : ", " hi", ":x: y", ""};

  @Test
  void aRecentNameIsTheNameTheSearchFinds() {
    Random random = new Random(23);
    AuthorNames fast = new AuthorNames();
    int taken = 0;
    for (int round = 0; round < 20_000; round++) {
      String text =
          (random.nextInt(10) == 0 ? "" : NAMES[random.nextInt(NAMES.length)])
              + AFTER[random.nextInt(AFTER.length)];
      char[] s = ("xx" + text + "yy").toCharArray();
      int from = 2;
      int to = s.length - 2;

      int colon = MessageText.authorEnd(s, from, to);
      Author expected = colon <= from ? null : new AuthorNames().find(s, from, colon).orElse(null);
      Author actual = fast.sender(s, from, to);

      assertThat(actual).as(text).isEqualTo(expected);
      if (expected != null) {
        assertThat(fast.nameEnd()).as(text).isEqualTo(colon);
        taken++;
      }
    }
    assertThat(taken).isGreaterThan(10_000);
  }
}
