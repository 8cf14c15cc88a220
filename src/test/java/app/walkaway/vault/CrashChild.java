package app.walkaway.vault;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDateTime;

/**
 * The child JVM {@link CrashThenTypoTest} kills part way: runs one vault operation with a small
 * page cache, so that SQLite writes changed pages into the vault file (after journaling the
 * originals) all through the transaction instead of only at its commit, and a kill at any moment
 * leaves the file part rewritten beside a hot journal.
 *
 * <pre>
 *   import VAULT EVENTS     adds EVENTS new events in one transaction, at the same minutes as
 *                           those of the vault, so that pages all through its indexes change
 *   rekey VAULT             changes the passphrase to $CRASH_NEW
 *   backup VAULT TARGET     writes a backup
 *   open VAULT              only opens it
 *   export VAULT TARGET     writes an export to a file
 * </pre>
 *
 * The passphrase comes from $CRASH_OLD. With $CRASH_CACHE=whole the vault's own page cache is kept:
 * then the changed pages stay in memory until the commit writes them all, page 1 first, and a kill
 * in that moment leaves page 1 (and its salt) new beside a hot journal. Prints "ready" once the
 * vault is open, "done" at the end.
 */
final class CrashChild {
  static final int CACHE_KIB = 256;

  private CrashChild() {}

  public static void main(String[] args) {
    Path vaultFile = Path.of(args[1]);
    boolean smallCache = !"whole".equals(System.getenv("CRASH_CACHE"));
    try (Vault vault = Vault.open(vaultFile, Passphrase.of(System.getenv("CRASH_OLD")))) {
      if (smallCache) {
        vault.jdbc(
            c -> {
              try (Statement s = c.createStatement()) {
                s.execute("PRAGMA cache_size = -" + CACHE_KIB);
              }
              return null;
            });
      }
      System.out.println("ready");
      System.out.flush();
      switch (args[0]) {
        case "import" ->
            vault
                .events()
                .add(Samples.many(Integer.parseInt(args[2]), "later.txt", "and the rain"));
        case "rekey" -> vault.changePassphrase(Passphrase.of(System.getenv("CRASH_NEW")));
        case "backup" -> vault.backupTo(Path.of(args[2]));
        case "open" -> vault.events().count();
        case "export" -> ExportFile.writeTo(vault, Path.of(args[2]), LocalDateTime.now());
        default -> throw new IllegalArgumentException("unknown operation " + args[0]);
      }
    }
    System.out.println("done");
  }
}
