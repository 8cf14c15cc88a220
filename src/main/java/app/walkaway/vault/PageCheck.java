package app.walkaway.vault;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tells a wrong passphrase from a damaged file after SQLCipher refused to open it (both raise
 * SQLITE_NOTADB at connect).
 *
 * <p>Why this way: SQLCipher 4 authenticates every page with an HMAC-SHA512 stored in the page's
 * reserved bytes, keyed from the passphrase and the salt in the file's first 16 bytes (see
 * https://www.zetetic.net/sqlcipher/design/ : PBKDF2-HMAC-SHA512, 256,000 iterations, then the HMAC
 * key from a 2-iteration PBKDF2 over the salt XOR 0x3a; the HMAC covers the page's ciphertext and
 * IV followed by the page number, little endian). We recompute those HMACs in Java. If any page
 * verifies, the passphrase is right and the refusal means damage; if none does, the passphrase is
 * wrong. Nothing is stored beside the vault, so backups are diagnosed the same way, and nothing
 * gives an attacker a cheaper test of a guess than SQLCipher's own KDF.
 */
final class PageCheck {
  static final int PAGE_SIZE = 4096;
  private static final int SALT = 16;
  private static final int HMAC = 64;
  private static final int KDF_ITERATIONS = 256_000;
  private static final byte[] PLAIN_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.UTF_8);

  /** What is wrong with a vault file that would not open. */
  sealed interface Diagnosis permits WrongPassphrase, Damaged {}

  record WrongPassphrase() implements Diagnosis {}

  record Damaged(String reason) implements Diagnosis {}

  private PageCheck() {}

  /** The check that needs no key: a vault is always a whole number of pages. */
  static Optional<Damaged> findBadSize(Path file) {
    long size = size(file);
    if (size == 0) {
      return Optional.of(new Damaged("the file is empty"));
    }
    if (size < PAGE_SIZE || size % PAGE_SIZE != 0) {
      return Optional.of(
          new Damaged("its size (" + size + " bytes) is not whole pages: it was cut off"));
    }
    return Optional.empty();
  }

  static Diagnosis diagnose(Path file, Passphrase passphrase) {
    Optional<Damaged> badSize = findBadSize(file);
    if (badSize.isPresent()) {
      return badSize.get();
    }
    long size = size(file);
    try (InputStream in = Files.newInputStream(file)) {
      byte[] first = in.readNBytes(PAGE_SIZE);
      if (Arrays.equals(first, 0, PLAIN_HEADER.length, PLAIN_HEADER, 0, PLAIN_HEADER.length)) {
        return new Damaged("it is an unencrypted SQLite database, not a Walkaway vault");
      }
      Mac mac = pageMac(passphrase, Arrays.copyOf(first, SALT));
      return countBadPages(in, first, mac, size / PAGE_SIZE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Diagnosis countBadPages(InputStream in, byte[] first, Mac mac, long pages)
      throws IOException {
    long good = 0;
    long firstBad = 0;
    byte[] page = first;
    for (long number = 1; number <= pages; number++) {
      if (number > 1) {
        page = in.readNBytes(PAGE_SIZE);
      }
      if (verifies(mac, page, number)) {
        good++;
      } else if (firstBad == 0) {
        firstBad = number;
      }
    }
    if (good == 0) {
      return new WrongPassphrase();
    }
    return firstBad == 0
        ? new Damaged("its pages check out but SQLite cannot read its structure")
        : new Damaged(
            (pages - good) + " of " + pages + " pages fail their check, first page " + firstBad);
  }

  private static boolean verifies(Mac mac, byte[] page, long number) {
    int start = number == 1 ? SALT : 0;
    mac.update(page, start, PAGE_SIZE - HMAC - start);
    mac.update(
        new byte[] {
          (byte) number, (byte) (number >> 8), (byte) (number >> 16), (byte) (number >> 24)
        });
    byte[] expected = mac.doFinal();
    return MessageDigest.isEqual(expected, Arrays.copyOfRange(page, PAGE_SIZE - HMAC, PAGE_SIZE));
  }

  private static Mac pageMac(Passphrase passphrase, byte[] salt) {
    try {
      char[] chars = passphrase.chars();
      PBEKeySpec spec = new PBEKeySpec(chars, salt, KDF_ITERATIONS, 256);
      Arrays.fill(chars, '\0');
      byte[] key =
          SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(spec).getEncoded();
      spec.clearPassword();
      byte[] hmacSalt = salt.clone();
      for (int i = 0; i < hmacSalt.length; i++) {
        hmacSalt[i] ^= 0x3a;
      }
      Mac mac = Mac.getInstance("HmacSHA512");
      mac.init(new SecretKeySpec(pbkdf2(key, hmacSalt, 2, 32), "HmacSHA512"));
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK lacks PBKDF2/HMAC-SHA512", e);
    }
  }

  /** PBKDF2 over a binary password (the JDK's factory only takes characters). */
  private static byte[] pbkdf2(byte[] password, byte[] salt, int iterations, int length)
      throws GeneralSecurityException {
    Mac mac = Mac.getInstance("HmacSHA512");
    mac.init(new SecretKeySpec(password, "HmacSHA512"));
    mac.update(salt);
    byte[] u = mac.doFinal(new byte[] {0, 0, 0, 1});
    byte[] t = u.clone();
    for (int i = 1; i < iterations; i++) {
      u = mac.doFinal(u);
      for (int j = 0; j < t.length; j++) {
        t[j] ^= u[j];
      }
    }
    return Arrays.copyOf(t, length);
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
