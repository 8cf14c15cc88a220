package app.walkaway.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 15, item 6: which passphrases may be chosen (at least 8 characters besides spaces, no
 * control characters), and that a passphrase never travels as SQL text.
 */
class PassphraseRuleTest {
  @TempDir Path home;

  @ParameterizedTest
  @ValueSource(
      strings = {"        ", "\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0", "   abc   "})
  void spacesDoNotCountTowardsTheLength(String blank) {
    assertThatThrownBy(() -> Passphrase.of(blank + " x").requireStrongEnough())
        .isInstanceOf(VaultException.class)
        .hasMessageContaining("at least 8 characters besides spaces");
    assertThatThrownBy(() -> Vault.create(home.resolve("v.db"), Passphrase.of(blank)))
        .hasMessageContaining("besides spaces");
    assertThat(home.resolve("v.db")).doesNotExist();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tab\tinside it", "zero\0byte inside", "line\nbreak inside"})
  void controlCharactersAreRefused(String typedFromAFile) {
    assertThatThrownBy(() -> Passphrase.of(typedFromAFile).requireStrongEnough())
        .hasMessageContaining("control character")
        .hasMessageNotContaining(typedFromAFile);
  }

  @Test
  void eightCharactersWithSpacesBetweenThemAreEnough() {
    Passphrase.of("a b c d e f g h").requireStrongEnough();
    Passphrase.of("🌊🌊🌊🌊").requireStrongEnough(); // four waves, eight UTF-16 characters
  }

  @Test
  void aQuoteOrAZeroByteInAPassphraseNeverEndsUpInSqlOrInAMessage() {
    Path file = home.resolve("vault.db");
    Vault.create(file, Passphrase.of("it's a \"quoted\" one; --")).close();

    for (String attempt : new String[] {"x'); PRAGMA key='y", "secret\0part after a zero byte"}) {
      assertThatThrownBy(() -> Vault.open(file, Passphrase.of(attempt)))
          .isInstanceOf(WrongPassphraseException.class)
          .hasMessageNotContaining(attempt)
          .hasMessageNotContaining("part after");
    }
    Vault.open(file, Passphrase.of("it's a \"quoted\" one; --")).close();
  }
}
