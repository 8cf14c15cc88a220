package app.walkaway.service;

import java.util.Optional;

/**
 * Her own exit message: a draft she edited until it sounds like her, kept in the vault beside her
 * plan (never sent anywhere: she copies it into her own phone when she is ready).
 */
public final class ExitMessages {
  static final String KEY = "method.exit-message";

  /** Long enough for a few honest paragraphs, short enough to stay a message. */
  public static final int MAX_LENGTH = 4_000;

  private ExitMessages() {}

  public static Optional<String> find(VaultSession session) {
    return session.read(vault -> vault.plan().find(KEY));
  }

  /** Keeps her text; an empty one forgets it. */
  public static void save(VaultSession session, String text) {
    String kept = text.strip();
    if (kept.length() > MAX_LENGTH) {
      throw new ServiceException(
          ServiceException.Problem.BAD_INPUT,
          "the message is " + kept.length() + " characters long; at most " + MAX_LENGTH + " fit");
    }
    session.write(
        vault -> {
          if (kept.isEmpty()) {
            vault.plan().remove(KEY);
          } else {
            vault.plan().put(KEY, kept);
          }
          return null;
        });
  }
}
