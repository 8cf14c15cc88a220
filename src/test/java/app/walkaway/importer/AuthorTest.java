package app.walkaway.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Author's equality is written out by hand (for start-up); it must still be the record's. */
class AuthorTest {

  @Test
  void equalWhenAllThreePartsAreEqual() {
    Author a = new Author("Sam Okoro", "sam okoro", false);
    Author same = new Author("Sam Okoro", "sam okoro", false);
    assertThat(a).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(a).isNotEqualTo(new Author("Sam Okoro", "sam okoro", true));
    assertThat(a).isNotEqualTo(new Author("Sam  Okoro", "sam okoro", false));
    assertThat(a).isNotEqualTo(new Author("Sam Okoro", "sam", false));
    assertThat(a).isNotEqualTo("Sam Okoro").isNotEqualTo(null);
    assertThat(Author.named("Sam Okoro")).isEqualTo(a);
    assertThat(Author.owner("Sam Okoro")).isNotEqualTo(a);
  }

  @Test
  void hashCodesSpreadOverNamesAndOwnership() {
    assertThat(new Author("a", "a", false).hashCode())
        .isNotEqualTo(new Author("a", "a", true).hashCode())
        .isNotEqualTo(new Author("b", "a", false).hashCode());
  }
}
