package app.walkaway.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The SHA-256 of the files events were read from, by the name events give their source ({@code
 * chat.txt}, {@code export.zip!_chat.txt}, {@code folder/message_1.json}): the exact bytes a quoted
 * message can be traced to. A zip member's digest is of its uncompressed bytes, so anyone who
 * unzips the same export gets the same digest.
 */
public final class SourceDigests {
  private SourceDigests() {}

  /** The digest of each file inside {@code input} whose name is among {@code names}. */
  public static Map<String, String> of(Path input, Set<String> names, ImportOptions options) {
    Map<String, String> digests = new TreeMap<>();
    try (Inputs inputs = Inputs.of(Peek.of(input), options)) {
      for (Inputs.Member member : inputs.members(m -> true)) {
        // Importers join a zip and its member with "!" or "/" (WhatsApp): accept either.
        String name =
            names.contains(member.name())
                ? member.name()
                : member.name().replaceFirst("^([^!]*)!", "$1/");
        if (names.contains(name)) {
          try (InputStream in = member.open()) {
            digests.put(name, sha256(in));
          } catch (IOException e) {
            throw new ImportException(
                member.name() + ": cannot read the file again (" + e.getMessage() + ")", e);
          }
        }
      }
    }
    return digests;
  }

  static String sha256(InputStream in) throws IOException {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
    byte[] buffer = new byte[256 * 1024];
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      sha.update(buffer, 0, n);
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  /** For callers outside a read: the digest of one plain file. */
  public static String ofFile(Path file) {
    try (InputStream in = java.nio.file.Files.newInputStream(file)) {
      return sha256(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
