package app.walkaway.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, item 1: a crash, then one mistyped passphrase, must lose nothing. Each test kills a
 * child JVM ({@link CrashChild}) with SIGKILL at many points through one operation (import,
 * passphrase change, backup), spread evenly over how far the operation had got, and then, on what
 * the kill left: opens with a typo (and, after a passphrase change, with the other passphrase),
 * checks that the vault file and its journal are byte for byte as the kill left them, then opens
 * with the right passphrase and checks that an export equals the export taken before the operation
 * (or, where the operation had committed, after it).
 */
class CrashThenTypoTest {
  private static final String OLD = Samples.PASSPHRASE;
  private static final String TYPO = "lanterns over the harbor";
  private static final String NEW = "a quieter morning by the sea";
  private static final int EVENTS = 40_000;
  private static final int POINTS = 8;
  private static final LocalDateTime NOW = LocalDateTime.parse("2026-06-01T12:00:00");

  @TempDir static Path shared;
  private static Path template;
  private static Contents before;
  private static byte[] templateSalt;

  @TempDir Path dir;

  @BeforeAll
  static void aVaultWorthKeeping() throws IOException {
    template = shared.resolve("template.db");
    try (Vault vault = Vault.create(template, Passphrase.of(OLD))) {
      vault.events().add(Samples.many(EVENTS, "history.txt"));
      vault.plan().put("plan.start", "2026-03-01");
      vault.journal().add(new JournalEntry(NOW.minusDays(3), "walked by the river instead"));
      before = Contents.of(vault);
    }
    templateSalt = Arrays.copyOf(Files.readAllBytes(template), PageCheck.SALT);
  }

  @Test
  @Timeout(value = 6, unit = TimeUnit.MINUTES)
  void aKilledImportThenATypoLosesNothing() throws Exception {
    ToLongFunction<Path> progress =
        vault -> size(RollbackJournal.pathOf(vault)) + Math.max(0, size(vault) - size(template));
    Run finished = run(dir.resolve("calibration"), progress, Long.MAX_VALUE, "import", "30000");
    Contents after = exportOf(finished.vault(), OLD);
    assertThat(after).as("the import adds events").isNotEqualTo(before);

    List<Run> runs = killedAtEvenPoints(progress, finished.maxProgress(), "import", "30000");
    for (Run run : runs) {
      List<String> wrong = List.of(TYPO);
      Contents expected = run.hotJournal() || !run.fileChanged() ? before : after;
      openingWithWrongChangesNothingThenRightHasAll(run, wrong, OLD, expected);
    }
    assertMidWrite(runs);
  }

  @Test
  @Timeout(value = 6, unit = TimeUnit.MINUTES)
  void aKilledPassphraseChangeOpensOnlyWithTheOneItsJournalNeedsAndLosesNothing() throws Exception {
    ToLongFunction<Path> progress = vault -> size(RollbackJournal.pathOf(vault));
    Run finished = run(dir.resolve("calibration"), progress, Long.MAX_VALUE, "rekey");
    assertThat(exportOf(finished.vault(), NEW)).isEqualTo(before);

    List<Run> runs = new ArrayList<>(killedAtEvenPoints(progress, finished.maxProgress(), "rekey"));
    // Page 1 is written only at the commit: with the whole cache, kill the moment its salt changes.
    for (int i = 1; i <= 2; i++) {
      runs.add(run(dir.resolve("commit-" + i), CrashThenTypoTest::newSalt, 1, "rekey", "whole"));
    }
    int newSaltAlreadyOnPageOne = 0;
    for (int i = 0; i < runs.size(); i++) {
      Run run = runs.get(i);
      // Committed (no journal, file changed): only the new one opens; otherwise only the old one.
      boolean committed = !run.hotJournal() && run.fileChanged();
      String right = committed ? NEW : OLD;
      String other = committed ? OLD : NEW;
      List<String> wrong = i % 2 == 0 ? List.of(other, TYPO) : List.of(TYPO, other);
      List<String> told = openingWithWrongChangesNothingThenRightHasAll(run, wrong, right, before);
      if (told.get(wrong.indexOf(other)).contains("was interrupted")) {
        newSaltAlreadyOnPageOne++;
      }
    }
    assertMidWrite(runs);
    // The hardest case: page 1 already under the new key and salt, the journal under the old.
    assertThat(newSaltAlreadyOnPageOne).as("kills after page 1 was rewritten").isPositive();
  }

  @Test
  @Timeout(value = 6, unit = TimeUnit.MINUTES)
  void aKilledBackupThenATypoLosesNothingAndLeavesNoHalfBackup() throws Exception {
    ToLongFunction<Path> progress = vault -> partialBackups(vault.getParent());
    Run finished = run(dir.resolve("calibration"), progress, Long.MAX_VALUE, "backup", "copy.db");
    assertThat(exportOf(finished.vault().resolveSibling("copy.db"), OLD)).isEqualTo(before);

    List<Run> runs = killedAtEvenPoints(progress, finished.maxProgress(), "backup", "copy.db");
    int cutShort = 0;
    for (Run run : runs) {
      Path copy = run.vault().resolveSibling("copy.db");
      assertThat(run.fileChanged()).as("a backup only reads the vault").isFalse();
      openingWithWrongChangesNothingThenRightHasAll(run, List.of(TYPO), OLD, before);
      if (Files.exists(copy)) {
        assertThat(exportOf(copy, OLD)).as("a backup under her name is whole").isEqualTo(before);
      } else {
        cutShort++;
      }
    }
    assertThat(cutShort).as("kills that landed while the backup was being written").isPositive();
  }

  /** Returns what she was told at each wrong passphrase. */
  private List<String> openingWithWrongChangesNothingThenRightHasAll(
      Run run, List<String> wrong, String right, Contents expected) throws IOException {
    Path vault = run.vault();
    String file = digest(vault);
    String journal = digest(RollbackJournal.pathOf(vault));
    List<String> told = new ArrayList<>();
    for (String passphrase : wrong) {
      WrongPassphraseException refused =
          catchThrowableOfType(
              () -> Vault.open(vault, Passphrase.of(passphrase)).close(),
              WrongPassphraseException.class);
      assertThat(refused).as(run + ": opening with a wrong passphrase").isNotNull();
      told.add(refused.getMessage());
      assertThat(digest(vault)).as(run + ": the vault file after " + passphrase).isEqualTo(file);
      assertThat(digest(RollbackJournal.pathOf(vault)))
          .as(run + ": its journal after " + passphrase)
          .isEqualTo(journal);
    }
    try (Vault opened = Vault.open(vault, Passphrase.of(right))) {
      assertThat(integrity(opened)).as(run + ": integrity").isEqualTo("ok");
      assertThat(Contents.of(opened)).as(run + ": everything stored before").isEqualTo(expected);
    }
    assertThat(RollbackJournal.pathOf(vault)).as(run + ": rolled back").doesNotExist();
    return told;
  }

  private static void assertMidWrite(List<Run> runs) {
    long midWrite = runs.stream().filter(r -> r.hotJournal() && r.fileChanged()).count();
    assertThat(midWrite)
        .as("kills that left a part-rewritten vault beside a hot journal: %s", runs)
        .isGreaterThanOrEqualTo(POINTS / 2);
  }

  /** One child per point, each killed once its progress passed an even share of the whole. */
  private List<Run> killedAtEvenPoints(ToLongFunction<Path> progress, long whole, String... args)
      throws Exception {
    List<Run> runs = new ArrayList<>();
    for (int point = 1; point <= POINTS; point++) {
      long threshold = Math.max(1, whole * point / (POINTS + 1));
      runs.add(run(dir.resolve("point-" + point), progress, threshold, args));
    }
    return runs;
  }

  /**
   * Copies the template into {@code home}, starts the child, and kills it once {@code progress} of
   * the vault reaches {@code killAt} (never, for Long.MAX_VALUE: the run finishes).
   */
  private static Run run(Path home, ToLongFunction<Path> progress, long killAt, String... args)
      throws Exception {
    Files.createDirectories(home);
    Path vault = Files.copy(template, home.resolve("vault.db"));
    Path log = home.resolve("child.log");
    Process child = start(vault, log, args);
    waitFor(log, "ready", child);
    long max = 0;
    while (child.isAlive()) {
      max = Math.max(max, progress.applyAsLong(vault));
      if (max >= killAt) {
        child.destroyForcibly();
        break;
      }
      Thread.onSpinWait();
    }
    child.waitFor();
    if (killAt == Long.MAX_VALUE) {
      assertThat(Files.readString(log)).as("the calibration run finishes").contains("done");
    }
    boolean hot = RollbackJournal.findHot(vault).isPresent();
    boolean changed = !digest(vault).equals(digest(template));
    return new Run(home.getFileName().toString(), vault, killAt, max, hot, changed);
  }

  private static Process start(Path vault, Path log, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    String nativeDir = System.getProperty(NativeLibrary.DIR_PROPERTY);
    if (nativeDir != null) {
      command.add("-D" + NativeLibrary.DIR_PROPERTY + "=" + nativeDir);
    }
    command.addAll(List.of("-cp", System.getProperty("java.class.path")));
    command.add(CrashChild.class.getName());
    command.add(args[0]);
    command.add(vault.toString());
    for (int i = 1; i < args.length && !args[i].equals("whole"); i++) {
      command.add(args[0].equals("backup") ? vault.resolveSibling(args[i]).toString() : args[i]);
    }
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("CRASH_CACHE", args[args.length - 1].equals("whole") ? "whole" : "");
    builder.environment().put("CRASH_OLD", OLD);
    builder.environment().put("CRASH_NEW", NEW);
    return builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  private static void waitFor(Path log, String line, Process child) throws Exception {
    while (!Files.readString(log).contains(line)) {
      assertThat(child.isAlive()).as("child: %s", Files.readString(log)).isTrue();
      Thread.sleep(2);
    }
  }

  /**
   * What one kill left.
   *
   * @param hotJournal a hot journal was left beside the vault
   * @param fileChanged the vault file differs from before the operation
   */
  private record Run(
      String name,
      Path vault,
      long killAt,
      long maxProgress,
      boolean hotJournal,
      boolean fileChanged) {
    @Override
    public String toString() {
      return name
          + " (killed at "
          + maxProgress
          + ", hot journal "
          + hotJournal
          + ", changed "
          + fileChanged
          + ")";
    }
  }

  private static Contents exportOf(Path vault, String passphrase) {
    try (Vault opened = Vault.open(vault, Passphrase.of(passphrase))) {
      return Contents.of(opened);
    }
  }

  /** What an export of the whole vault holds: its events counted, and its digest. */
  private record Contents(long events, String sha256) {
    static Contents of(Vault vault) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      long events = ExportFile.write(vault, out, NOW);
      return new Contents(events, digestOf(out.toByteArray()));
    }
  }

  private static String digestOf(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String integrity(Vault vault) {
    return vault.jdbc(
        c -> {
          try (Statement s = c.createStatement();
              ResultSet rows = s.executeQuery("PRAGMA integrity_check")) {
            rows.next();
            return rows.getString(1);
          }
        });
  }

  /** 1 once the vault's page 1 holds another salt than before (the new key's). */
  private static long newSalt(Path vault) {
    try (InputStream in = Files.newInputStream(vault)) {
      byte[] salt = in.readNBytes(PageCheck.SALT);
      return Arrays.equals(salt, templateSalt) ? 0 : 1;
    } catch (IOException e) {
      return 0;
    }
  }

  private static long partialBackups(Path folder) {
    try (var files = Files.list(folder)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".partial"))
          .mapToLong(CrashThenTypoTest::size)
          .sum();
    } catch (IOException e) {
      return 0;
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0; // not there (yet, or any more)
    }
  }

  /** The file's SHA-256, or "absent": short enough to read in a failure. */
  private static String digest(Path file) throws IOException {
    if (!Files.exists(file)) {
      return "absent";
    }
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; ) {
        sha.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
