package app.walkaway.security;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * What the guard needs to know of the app it guards. Checked when built.
 *
 * @param vaultFolder the folder of her vault: uploads are written only inside it
 * @param vaultOpen whether the vault is open right now (a session lives only as long)
 * @param closers the paths of POSTs that only ever lock (Lock, Quick exit): refused from another
 *     site, but never for a missing or stale token, so a page left open from before a restart still
 *     locks and leaves at once
 * @param uploadLimit the most an upload may hold, all files together, in bytes
 * @param formLimit the most an ordinary form may hold, in bytes
 */
public record GuardSettings(
    Path vaultFolder,
    BooleanSupplier vaultOpen,
    Set<String> closers,
    long uploadLimit,
    long formLimit) {

  /** The folder inside the vault's where uploads are written while they are read. */
  public static final String INCOMING = "incoming";

  /**
   * Her longest text (an exit message, a draft she keeps instead of sending) is a few kilobytes; a
   * megabyte is far beyond any and still small to hold.
   */
  public static final long DEFAULT_FORM_LIMIT = 1L << 20;

  public GuardSettings {
    Objects.requireNonNull(vaultFolder, "vaultFolder");
    Objects.requireNonNull(vaultOpen, "vaultOpen");
    closers = Set.copyOf(Objects.requireNonNull(closers, "closers"));
    if (uploadLimit < 1) {
      throw new IllegalArgumentException("uploadLimit " + uploadLimit + " must be positive");
    }
    if (formLimit < 1) {
      throw new IllegalArgumentException("formLimit " + formLimit + " must be positive");
    }
  }

  UploadPolicy uploads() {
    return new UploadPolicy(vaultFolder.toAbsolutePath().resolve(INCOMING), uploadLimit);
  }
}
