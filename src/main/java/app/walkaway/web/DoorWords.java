package app.walkaway.web;

import app.walkaway.service.ServiceException.Problem;
import app.walkaway.text.PassphraseWords;

/** Which sentence a page shows for a vault that stayed shut. */
final class DoorWords {
  private DoorWords() {}

  static String of(Problem problem) {
    return switch (problem) {
      case WEAK_PASSPHRASE -> PassphraseWords.TOO_SHORT;
      case WRONG_PASSPHRASE -> PassphraseWords.WRONG;
      case VAULT_EXISTS -> PassphraseWords.ALREADY_EXISTS;
      case NO_VAULT -> PassphraseWords.NO_VAULT;
      case DAMAGED_VAULT -> PassphraseWords.DAMAGED;
      default -> PassphraseWords.FAILED;
    };
  }
}
