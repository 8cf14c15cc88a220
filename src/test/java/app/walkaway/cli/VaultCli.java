package app.walkaway.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs vault commands against a vault in a temp folder, with the passphrase in a file. */
record VaultCli(Path home, Path passphraseFile) {
  static final String PASSPHRASE = "river stones and tea";

  static VaultCli in(Path dir) {
    try {
      Path file = Files.writeString(dir.resolve("passphrase.txt"), PASSPHRASE + "\n");
      return new VaultCli(dir.resolve("home"), file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs {@code command args...} with --home and --passphrase-file added. */
  CliRun run(String command, String... args) {
    List<String> all = new ArrayList<>(List.of(command));
    all.addAll(List.of(args));
    all.addAll(List.of("--home", home.toString(), "--passphrase-file", passphraseFile.toString()));
    return CliRun.of(all.toArray(String[]::new));
  }

  Path vault() {
    return home.resolve("vault.db");
  }

  CliRun init() {
    CliRun run = run("init");
    if (run.exitCode() != 0) {
      throw new AssertionError("init failed: " + run.err());
    }
    return run;
  }
}
