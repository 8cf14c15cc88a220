package app.walkaway.signals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** SHA-256 over lexicon resources, each name then its bytes, in the order given. */
final class LexiconDigest {
  private LexiconDigest() {}

  static String of(List<String> resources) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      for (String name : resources) {
        try (InputStream in = SignalDetector.class.getResourceAsStream(name)) {
          if (in == null) {
            throw new IllegalStateException("the lexicon " + name + " is missing from this build");
          }
          sha256.update(name.getBytes(StandardCharsets.UTF_8));
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
}
