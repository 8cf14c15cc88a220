package app.walkaway.security;

import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where and how much an upload may be written. Jetty writes each uploaded file to a temporary file
 * as it arrives (so no upload is held in memory whole); left to itself it would write them to the
 * system's temporary folder, outside her vault's folder and readable there after a crash. This
 * points it at {@code incoming/} inside the vault's folder, with a limit on the whole request.
 *
 * @param folder where the temporary files go
 * @param limit the most, in bytes, of one file and of all files together
 */
record UploadPolicy(Path folder, long limit) {
  /**
   * The request attribute Jetty reads its multipart settings from (Javalin sets it only if unset).
   */
  static final String JETTY_MULTIPART = "org.eclipse.jetty.multipartConfig";

  /** Small fields (the token, a choice) stay in memory; anything larger goes straight to disk. */
  static final int IN_MEMORY = 64 * 1024;

  /**
   * Removes what a crash left in the folder: at start nothing can be under way, and a half-written
   * upload must not stay beside her vault.
   */
  void clearLeftovers() {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
        if (!path.equals(folder)) {
          Files.deleteIfExists(path);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(folder + ": cannot remove what an earlier upload left", e);
    }
  }

  /** Sets this request's upload limits and folder, before anything reads its parts. */
  void applyTo(HttpServletRequest request) {
    try {
      if (!Files.isDirectory(folder)) {
        Files.createDirectories(folder);
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
          Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(folder + ": cannot make the folder for uploads", e);
    }
    request.setAttribute(
        JETTY_MULTIPART, new MultipartConfigElement(folder.toString(), limit, limit, IN_MEMORY));
  }
}
