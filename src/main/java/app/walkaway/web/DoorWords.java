package app.walkaway.web;

import app.walkaway.web.VaultDoor.Reason;

/** How the pages word a vault that stayed shut: what happened and what to do, never a code. */
final class DoorWords {
  private DoorWords() {}

  static String of(Reason reason) {
    return switch (reason) {
      case TOO_SHORT ->
          "Choose a passphrase of at least 8 characters. A short sentence works well.";
      case WRONG_PASSPHRASE ->
          "That passphrase does not open this vault. Check Caps Lock and try again.";
      case ALREADY_EXISTS -> "A vault already exists here. Unlock it with its passphrase.";
      case NO_VAULT -> "There is no vault here yet.";
      case IN_USE_ELSEWHERE ->
          "Walkaway is open in another window or program on this computer. Close it there, then"
              + " try again.";
      case DAMAGED ->
          "The vault file could not be read: it may be damaged. Nothing was changed. If you have"
              + " a backup, it can be restored.";
    };
  }
}
