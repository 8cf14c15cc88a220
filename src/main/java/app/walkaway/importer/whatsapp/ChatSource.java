package app.walkaway.importer.whatsapp;

import app.walkaway.importer.ImportException;
import app.walkaway.importer.Peek;
import app.walkaway.importer.ZipFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The chat text inside an input, which can be opened again for the second pass: a plain file, or
 * the chosen member of a zip read straight from the {@link ZipFile} (never unpacked to disk).
 */
final class ChatSource implements AutoCloseable {
  private final Path file;
  private final ZipFile zip;
  private final ZipEntry member;
  private final long cap;
  private final String origin;

  private ChatSource(Path file, ZipFile zip, ZipEntry member, long cap, String origin) {
    this.file = file;
    this.zip = zip;
    this.member = member;
    this.cap = cap;
    this.origin = origin;
  }

  static ChatSource open(Peek peek, long cap) {
    Path path = peek.path();
    String name = String.valueOf(path.getFileName());
    return switch (peek.kind()) {
      case FILE -> new ChatSource(path, null, null, cap, name);
      case ZIP -> openZip(path, name, cap);
      case DIRECTORY ->
          throw new ImportException(
              name + ": is a folder; give the WhatsApp export itself (the .txt or .zip file)");
    };
  }

  private static ChatSource openZip(Path path, String name, long cap) {
    ZipFile zip;
    try {
      zip = ZipFiles.open(path, java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ImportException(name + ": cannot open the zip file (" + e.getMessage() + ")", e);
    }
    try {
      ZipEntry member = ZipMembers.chooseChat(zip, name, cap);
      return new ChatSource(path, zip, member, cap, name + "/" + member.getName());
    } catch (IllegalArgumentException e) {
      // java.util.zip reports file names that are not UTF-8 this way ("MALFORMED").
      closeQuietly(zip);
      throw new ImportException(
          name
              + ": the names of the files inside the zip are not readable ("
              + e.getMessage()
              + "); unpack it and give the .txt file instead",
          e);
    } catch (RuntimeException e) {
      closeQuietly(zip);
      throw e;
    }
  }

  /** The name used in messages and source references, e.g. "chat.zip/_chat.txt". */
  String origin() {
    return origin;
  }

  InputStream open() {
    try {
      if (zip == null) {
        return Files.newInputStream(file);
      }
      return new CappedInputStream(zip.getInputStream(member), cap, origin);
    } catch (IOException e) {
      throw new ImportException(origin + ": cannot read the file (" + e.getMessage() + ")", e);
    }
  }

  /** The plain file, when the chat is not inside a zip. */
  Optional<Path> file() {
    return zip == null ? Optional.of(file) : Optional.empty();
  }

  /** The plain file's size in bytes; only asked when there is no zip ({@link #file()}). */
  long size() {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The year the export was written: the zip member's or the file's last-modified time, in the
   * computer's zone (looking that zone up costs java.time about 10 ms the first time, so only
   * exports without years ask).
   */
  int exportYear() {
    try {
      long millis = zip == null ? Files.getLastModifiedTime(file).toMillis() : member.getTime();
      return java.time.Instant.ofEpochMilli(millis).atZone(ZoneId.systemDefault()).getYear();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    if (zip != null) {
      closeQuietly(zip);
    }
  }

  private static void closeQuietly(ZipFile zip) {
    try {
      zip.close();
    } catch (IOException ignored) {
      // Nothing was written; a failed close of a read-only zip loses nothing.
    }
  }
}
