package app.walkaway.service;

import app.walkaway.vault.EvidenceStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A file she keeps with an entry (a screenshot, a photo), read whole: at most {@link
 * EvidenceStore#MAX_FILE_BYTES}, checked before reading.
 */
public record KeptFile(String name, byte[] bytes) {
  public KeptFile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(bytes, "bytes");
  }

  public static KeptFile read(Path file) {
    try {
      if (!Files.isRegularFile(file)) {
        throw new ServiceException(
            ServiceException.Problem.BAD_INPUT, file + ": no such file to keep");
      }
      long size = Files.size(file);
      if (size > EvidenceStore.MAX_FILE_BYTES) {
        throw new ServiceException(
            ServiceException.Problem.BAD_INPUT,
            file
                + ": too large to keep in the vault ("
                + size / (1024 * 1024)
                + " MB; at most "
                + EvidenceStore.MAX_FILE_BYTES / (1024 * 1024)
                + " MB a file)");
      }
      return new KeptFile(String.valueOf(file.getFileName()), Files.readAllBytes(file));
    } catch (IOException e) {
      throw new ServiceException(
          ServiceException.Problem.BAD_INPUT,
          file + ": cannot read the file (" + e.getMessage() + ")",
          e);
    }
  }
}
