package app.walkaway.vault;

/**
 * Whether a vault's salt (page 1's first 16 bytes, kept in the clear) shows damage. The key is
 * derived from the passphrase and the salt, so a damaged salt makes a right passphrase fail exactly
 * as a wrong one does, and nothing in the file repeats the salt. What the file does allow:
 * SQLCipher draws the salt from a random generator, and 16 random bytes take 4 or fewer distinct
 * values with a probability of about 10^-21, while the common kinds of damage (a zeroed or erased
 * sector, a repeated fill pattern, an editor's stray text run) take very few. Random-looking damage
 * cannot be told from a wrong passphrase, and the wrong-passphrase message says so.
 */
final class SaltCheck {
  static final String DAMAGED =
      "its first bytes, which your passphrase is combined with to unlock it, are damaged";
  private static final int MAX_DISTINCT_WHEN_DAMAGED = 4;

  private SaltCheck() {}

  static boolean looksDamaged(byte[] salt) {
    boolean[] seen = new boolean[256];
    int distinct = 0;
    for (byte b : salt) {
      if (!seen[b & 0xff]) {
        seen[b & 0xff] = true;
        distinct++;
      }
    }
    return distinct <= MAX_DISTINCT_WHEN_DAMAGED;
  }
}
