package app.walkaway.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * A note beside the vault ({@code serving}) saying where the web app serves it right now, so that
 * opening the app a second time opens the page already served instead of starting a second server
 * (which the vault's lock would refuse). The note holds the address and a random token that the
 * server answers on GET {@link OpenPages#PATH}: a note left by a server that was killed, pointing
 * at a port some other program took since, is never believed. It is erased when serving stops.
 */
final class ServingNote {
  static final String FILE = "serving";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int TIMEOUT_MS = 2_000;
  private static final int MOST_BYTES = 4_096;

  private final Path file;
  private final String token;

  ServingNote(Path folder) {
    this.file = folder.resolve(FILE);
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    this.token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  String token() {
    return token;
  }

  /**
   * Writes the note (owner-only where the system has owners). A note that cannot be written costs
   * only the second opening's shortcut, so it never stops the server.
   */
  void write(URI address) {
    try {
      boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
      if (posix && !Files.isDirectory(file.getParent())) {
        Files.createDirectories(
            file.getParent(),
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      }
      Files.createDirectories(file.getParent());
      Path written = Files.createTempFile(file.getParent(), FILE, ".new");
      if (posix) {
        Files.setPosixFilePermissions(written, PosixFilePermissions.fromString("rw-------"));
      }
      Files.writeString(written, address + "\n" + token + "\n", StandardCharsets.UTF_8);
      Files.move(written, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | UnsupportedOperationException e) {
      // Without the note, a second opening starts its own server; nothing is lost.
    }
  }

  /** Erases the note if it is still this server's (a later server may have written its own). */
  void erase() {
    try {
      if (read(file).filter(note -> note.token().equals(token)).isPresent()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      // A note left behind is never believed: its token no longer answers.
    }
  }

  /** The address where a Walkaway serves the vault in {@code folder} right now, if one does. */
  static Optional<URI> find(Path folder) {
    return read(folder.resolve(FILE)).filter(ServingNote::answers).map(Written::address);
  }

  private static boolean answers(Written note) {
    try {
      HttpURLConnection http =
          (HttpURLConnection) note.address().resolve(OpenPages.PATH).toURL().openConnection();
      http.setConnectTimeout(TIMEOUT_MS);
      http.setReadTimeout(TIMEOUT_MS);
      http.setInstanceFollowRedirects(false);
      try (InputStream in = http.getInputStream()) {
        String body = new String(in.readNBytes(MOST_BYTES), StandardCharsets.UTF_8);
        return http.getResponseCode() == 200 && body.strip().equals(note.token());
      } finally {
        http.disconnect();
      }
    } catch (IOException | IllegalArgumentException | ClassCastException e) {
      return false; // nothing answers there, or not this server
    }
  }

  private static Optional<Written> read(Path file) {
    try {
      if (!Files.isRegularFile(file) || Files.size(file) > MOST_BYTES) {
        return Optional.empty();
      }
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      if (lines.size() < 2) {
        return Optional.empty();
      }
      URI address = URI.create(lines.get(0).strip());
      boolean local = "http".equals(address.getScheme()) && WebApp.HOST.equals(address.getHost());
      return local ? Optional.of(new Written(address, lines.get(1).strip())) : Optional.empty();
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** What a note says. */
  private record Written(URI address, String token) {}
}
