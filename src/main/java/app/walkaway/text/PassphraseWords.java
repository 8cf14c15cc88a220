package app.walkaway.text;

/**
 * What the pages say about a passphrase or a vault that stayed shut: what happened and what to do,
 * never a code. The first-run, lock and settings pages share them.
 */
public final class PassphraseWords {
  public static final String CHOOSE = "Choose a passphrase.";
  public static final String TYPE_IT = "Type your passphrase to unlock.";
  public static final String AGAIN = "Type the same passphrase again, to be sure of it.";
  public static final String NOT_THE_SAME =
      "The two passphrases are not the same. Type them again.";
  public static final String TOO_SHORT =
      "Choose a passphrase of at least 8 characters. A short sentence works well.";
  public static final String WRONG =
      "That passphrase does not open this vault. Check Caps Lock and try again.";
  public static final String ALREADY_EXISTS =
      "A vault already exists here. Unlock it with its passphrase.";
  public static final String NO_VAULT = "There is no vault here yet.";
  public static final String DAMAGED =
      "The vault file could not be read: it may be damaged. Nothing was changed. If you have a"
          + " backup, it can be restored.";
  public static final String FAILED =
      "The vault could not be opened just now. Nothing was changed. If another window or program"
          + " on this computer is using Walkaway, close it there, then try again.";
  public static final String CURRENT_WRONG =
      "That is not your current passphrase. Nothing was changed.";
  public static final String CHANGED =
      "Your passphrase is changed. From now on only the new one opens your vault. Backups made"
          + " before keep the passphrase they were made with.";

  private PassphraseWords() {}
}
