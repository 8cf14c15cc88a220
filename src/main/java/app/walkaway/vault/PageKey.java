package app.walkaway.vault;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key SQLCipher 4 derives from a passphrase and a vault's salt, derived here in Java: the
 * encryption key by PBKDF2-HMAC-SHA512 over the passphrase's UTF-8 bytes (256,000 iterations, as
 * {@code SQLiteMCSqlCipherConfig.getV4Defaults()}), and the page HMAC key by a 2-iteration PBKDF2
 * of that key over the salt XOR 0x3a (https://www.zetetic.net/sqlcipher/design/ ; SQLite3 Multiple
 * Ciphers' cipher_sqlcipher.c does the same).
 *
 * <p>Deriving it ourselves costs about half a second of CPU (SQLite's native code takes a fifth of
 * that), so the everyday open lets SQLite derive it; this one is for checking pages, and for
 * handing SQLite the exact key and salt it must use to roll back an interrupted write (see {@link
 * Unlock}).
 */
final class PageKey {
  private static final int KDF_ITERATIONS = 256_000;
  private static final int KEY_BYTES = 32;

  private final byte[] key;
  private final byte[] salt;
  private final byte[] macKey;

  private PageKey(byte[] key, byte[] salt, byte[] macKey) {
    this.key = key;
    this.salt = salt;
    this.macKey = macKey;
  }

  static PageKey derive(Passphrase passphrase, byte[] salt) {
    if (salt.length != PageCheck.SALT) {
      throw new IllegalArgumentException("a salt is 16 bytes, not " + salt.length);
    }
    char[] chars = passphrase.chars();
    PBEKeySpec spec = new PBEKeySpec(chars, salt, KDF_ITERATIONS, KEY_BYTES * 8);
    Arrays.fill(chars, '\0');
    try {
      byte[] key =
          SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(spec).getEncoded();
      byte[] hmacSalt = salt.clone();
      for (int i = 0; i < hmacSalt.length; i++) {
        hmacSalt[i] ^= 0x3a;
      }
      return new PageKey(key, salt.clone(), pbkdf2(key, hmacSalt, 2, KEY_BYTES));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK lacks PBKDF2/HMAC-SHA512", e);
    } finally {
      spec.clearPassword();
    }
  }

  /** A fresh HMAC-SHA512 keyed for page checks. */
  Mac mac() {
    try {
      Mac mac = Mac.getInstance("HmacSHA512");
      mac.init(new SecretKeySpec(macKey, "HmacSHA512"));
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK lacks HMAC-SHA512", e);
    }
  }

  byte[] salt() {
    return salt.clone();
  }

  /**
   * The raw key and salt as SQLite3 Multiple Ciphers takes them ({@code x'<64 hex key><32 hex
   * salt>'} given as the key): no key derivation, and this salt whatever page 1 of the file holds
   * now. Hex only, so nothing in it can end or break the SQL it travels in.
   */
  String rawKeyHex() {
    HexFormat hex = HexFormat.of();
    return hex.formatHex(key) + hex.formatHex(salt);
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
}
