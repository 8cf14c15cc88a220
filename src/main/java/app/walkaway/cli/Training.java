package app.walkaway.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The launcher's class-data-sharing training run (not a user command): one JVM, started with {@code
 * -XX:ArchiveClassesAtExit} (JDK 19 and newer) or {@code -XX:DumpLoadedClassList} (JDK 17 and 18,
 * whose list the launcher then dumps into a static archive), runs the commands she runs most over
 * the bundled example chat, and one help, so the archive holds the classes of the vault commands
 * too (sqlite-jdbc, the vault, signals, the method, Jackson), not only those of {@code analyze}.
 * The vault is a throwaway one in a fresh temporary folder, locked with a throwaway passphrase and
 * deleted afterwards; nothing is written anywhere else. Exit code 0 only when every step succeeded
 * (the launcher drops the archive else).
 *
 * <pre>java -XX:ArchiveClassesAtExit=A.jsa -cp walkaway.jar app.walkaway.cli.Training EXAMPLE [DIR]
 * </pre>
 */
public final class Training {
  private Training() {}

  /**
   * {@code args[0]}: the example chat (a WhatsApp export where Maya is "me"); {@code args[1]},
   * optional: a folder to copy SQLite's native library into (see {@link NativeSqlite}).
   */
  public static void main(String[] args) throws IOException {
    if (args.length > 1) {
      NativeSqlite.extractTo(Path.of(args[1]));
    }
    Path home = Files.createTempDirectory("walkaway-training");
    boolean ok;
    try {
      ok = train(Path.of(args[0]), home);
    } finally {
      delete(home); // before exit: System.exit would skip a finally block
    }
    System.exit(ok ? 0 : 1);
  }

  static boolean train(Path example, Path home) throws IOException {
    String chat = example.toString();
    Path key = Files.writeString(home.resolve("passphrase"), "training only, thrown away");
    List<String> vault = List.of("--home", home.toString(), "--passphrase-file", key.toString());
    String now = "2025-12-01T00:00";
    boolean ok = run("analyze", "--help"); // picocli's help classes
    ok &= run("analyze", chat, "--me", "Maya", "--start", "2025-11-10", "--now", now);
    ok &= run("analyze", chat, "--me", "Maya", "--start", "2025-11-10", "--now", now, "--json");
    ok &= run(vault, "init");
    ok &= run(vault, "import", chat, "--me", "Maya");
    ok &= run(vault, "plan", "start", "--date", "2025-11-10", "--name", "Sam");
    ok &= run(vault, "readout", "--now", now);
    ok &= run(vault, "readout", "--now", now, "--json");
    ok &= run(vault, "today", "--now", now);
    ok &= run(vault, "today", "--now", now, "--json");
    return ok;
  }

  private static boolean run(List<String> vault, String... args) {
    return run(Stream.concat(Stream.of(args), vault.stream()).toArray(String[]::new));
  }

  private static boolean run(String... args) {
    PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
    return Cli.run(nowhere, nowhere, args) == 0;
  }

  private static void delete(Path home) throws IOException {
    try (Stream<Path> paths = Files.walk(home)) {
      paths.sorted(Comparator.reverseOrder()).forEach(Training::deleteOne);
    }
  }

  private static void deleteOne(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
