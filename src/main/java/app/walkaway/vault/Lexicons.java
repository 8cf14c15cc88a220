package app.walkaway.vault;

import app.walkaway.signals.SignalDetector;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A digest of the signals lexicon files this Walkaway ships ({@code common} and one per language,
 * as {@link SignalDetector} loads them), so a vault knows when its stored word flags were read with
 * different rules.
 */
final class Lexicons {
  private Lexicons() {}

  static String digest() {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      for (String name : names()) {
        try (InputStream in = SignalDetector.class.getResourceAsStream(name)) {
          if (in == null) {
            throw new IllegalStateException("the lexicon " + name + " is missing from this build");
          }
          sha256.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
          sha256.update(in.readAllBytes());
        }
      }
      return HexFormat.of().formatHex(sha256.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static List<String> names() {
    List<String> names = new ArrayList<>(List.of("common.lexicon"));
    SignalDetector.LANGUAGES.forEach(language -> names.add(language + ".lexicon"));
    return names;
  }
}
