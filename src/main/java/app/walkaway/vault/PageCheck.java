package app.walkaway.vault;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Optional;
import javax.crypto.Mac;

/**
 * Checks vault pages against a passphrase without SQLite: to tell a wrong passphrase from a damaged
 * file after SQLCipher refused to open it (both raise SQLITE_NOTADB), and to prove a passphrase
 * before SQLite may roll back an interrupted write (see {@link Unlock}).
 *
 * <p>Why this way: SQLCipher 4 authenticates every page with an HMAC-SHA512 stored in the page's
 * reserved bytes, keyed from the passphrase and the salt in page 1's first 16 bytes (see {@link
 * PageKey}); the HMAC covers the page's ciphertext and IV followed by the page number, little
 * endian. We recompute those HMACs in Java. If any page verifies, the passphrase is right and a
 * refusal means damage; if none does, the passphrase is wrong (or the salt itself is damaged, which
 * only {@link SaltCheck} can sometimes tell). Nothing is stored beside the vault, so backups are
 * diagnosed the same way, and nothing gives an attacker a cheaper test of a guess than SQLCipher's
 * own KDF.
 */
final class PageCheck {
  static final int PAGE_SIZE = 4096;
  static final int SALT = 16;
  private static final int HMAC = 64;
  private static final byte[] PLAIN_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.UTF_8);

  /** What is wrong with a vault file that would not open. */
  sealed interface Diagnosis permits WrongPassphrase, Damaged {}

  /** No page verifies with the passphrase. */
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
      PageKey key = PageKey.derive(passphrase, salt(first));
      Diagnosis diagnosis = countBadPages(in, first, key, size / PAGE_SIZE);
      if (diagnosis instanceof WrongPassphrase && SaltCheck.looksDamaged(salt(first))) {
        return new Damaged(SaltCheck.DAMAGED);
      }
      return diagnosis;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first page of {@code file}, or empty if it has no whole first page. */
  static Optional<byte[]> readFirstPage(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] first = in.readNBytes(PAGE_SIZE);
      return first.length == PAGE_SIZE ? Optional.of(first) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The salt a page 1 starts with: SQLCipher keeps it in the clear for the key derivation. */
  static byte[] salt(byte[] firstPage) {
    return Arrays.copyOf(firstPage, SALT);
  }

  /** True if {@code page}, stored as page {@code number}, was written with {@code key}. */
  static boolean verifies(PageKey key, byte[] page, long number) {
    if (page.length != PAGE_SIZE) {
      return false;
    }
    Mac mac = key.mac();
    int start = number == 1 ? SALT : 0;
    mac.update(page, start, PAGE_SIZE - HMAC - start);
    mac.update(
        new byte[] {
          (byte) number, (byte) (number >> 8), (byte) (number >> 16), (byte) (number >> 24)
        });
    byte[] expected = mac.doFinal();
    return MessageDigest.isEqual(expected, Arrays.copyOfRange(page, PAGE_SIZE - HMAC, PAGE_SIZE));
  }

  private static Diagnosis countBadPages(InputStream in, byte[] first, PageKey key, long pages)
      throws IOException {
    long good = 0;
    long firstBad = 0;
    byte[] page = first;
    for (long number = 1; number <= pages; number++) {
      if (number > 1) {
        page = in.readNBytes(PAGE_SIZE);
      }
      if (verifies(key, page, number)) {
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

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
