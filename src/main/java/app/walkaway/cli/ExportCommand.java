package app.walkaway.cli;

import app.walkaway.service.VaultKeeping;
import app.walkaway.service.VaultSession;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code walkaway export --json}: everything in the vault, as documented JSON. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes everything in your vault as JSON.",
      "%nEvents, plan, journal and evidence, in a documented format that walkaway import reads"
          + " back. The JSON is NOT encrypted: keep it private, or use walkaway backup for an"
          + " encrypted copy."
    })
public final class ExportCommand implements Runnable {
  @Spec CommandSpec spec;
  @Mixin VaultOptions vault;

  @Option(names = "--json", required = true, description = "Write JSON (the one export format).")
  boolean json;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write to this new file (default: the screen).")
  Path out;

  @Override
  public void run() {
    if (!json) {
      throw new ParameterException(spec.commandLine(), "name the format: --json");
    }
    LocalDateTime now = LocalNow.toTheSecond();
    try (VaultSession opened = vault.open()) {
      if (out == null) {
        writeToScreen(opened, now);
      } else {
        long events = writeToFile(opened, now);
        spec.commandLine()
            .getErr()
            .println(
                "Exported "
                    + events
                    + " events to "
                    + out
                    + ". It is not encrypted: keep it private.");
      }
    }
  }

  private void writeToScreen(VaultSession opened, LocalDateTime now) {
    OutputStream stream = new WriterOutputStream(spec.commandLine().getOut());
    VaultKeeping.export(opened, stream, now);
    spec.commandLine().getOut().println();
    spec.commandLine().getOut().flush();
  }

  private long writeToFile(VaultSession opened, LocalDateTime now) {
    try (OutputStream stream =
        Files.newOutputStream(createPrivate(out), StandardOpenOption.WRITE)) {
      return VaultKeeping.export(opened, stream, now);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path createPrivate(Path file) {
    try {
      return Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (FileAlreadyExistsException e) {
      throw new InputException(file + ": already exists; choose a new file name for the export", e);
    } catch (UnsupportedOperationException e) {
      try {
        return Files.createFile(file);
      } catch (IOException io) {
        throw new UncheckedIOException(io);
      }
    } catch (IOException e) {
      throw new InputException(file + ": cannot create the export (" + e.getMessage() + ")", e);
    }
  }
}
