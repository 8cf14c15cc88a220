package app.walkaway.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A cheap first look at an input so each importer can say whether it is theirs. Formats are
 * detected from content, never from file names (WhatsApp localizes them).
 *
 * @param path the input
 * @param kind file, zip or directory
 * @param members zip member names or directory file names (relative), empty for a plain file
 * @param head the first {@link #HEAD_BYTES} bytes of a plain file, decoded leniently as UTF-8 with
 *     a leading BOM removed; empty for zips and directories
 */
public record Peek(Path path, Shape kind, List<String> members, String head) {
  public static final int HEAD_BYTES = 64 * 1024;

  public enum Shape {
    FILE,
    ZIP,
    DIRECTORY
  }

  public static Peek of(Path path) {
    if (Files.isDirectory(path)) {
      return new Peek(path, Shape.DIRECTORY, listDirectory(path), "");
    }
    if (!Files.exists(path)) {
      throw new ImportException(path + ": no such file");
    }
    if (!Files.isRegularFile(path)) {
      throw new ImportException(
          path
              + ": is not a regular file but "
              + kindOf(path)
              + ", so it was not read; give the export file itself");
    }
    byte[] head = readHead(path);
    if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      return new Peek(path, Shape.ZIP, listZip(path), "");
    }
    return new Peek(path, Shape.FILE, List.of(), decode(head));
  }

  /**
   * What a path that exists but is neither a file nor a folder is, in plain words. Told apart by
   * the file type bits of its mode where the system has them (POSIX {@code S_IFMT}); opening it to
   * see could wait forever on a pipe nobody writes to.
   */
  private static String kindOf(Path path) {
    try {
      int type = (Integer) Files.getAttribute(path, "unix:mode") & 0170000;
      return switch (type) {
        case 0010000 -> "a pipe";
        case 0020000, 0060000 -> "a device";
        case 0140000 -> "a socket";
        default -> "something else";
      };
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return "a pipe, a device or something else"; // a system without unix modes
    }
  }

  private static byte[] readHead(Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      return in.readNBytes(HEAD_BYTES);
    } catch (IOException e) {
      throw new ImportException(path + ": cannot read the file (" + e.getMessage() + ")", e);
    }
  }

  private static String decode(byte[] bytes) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPLACE)
              .onUnmappableCharacter(CodingErrorAction.REPLACE)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new IllegalStateException("a REPLACE decoder cannot fail", e);
    }
  }

  private static List<String> listZip(Path path) {
    try {
      return listZip(path, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notUtf8) {
      // Zips made without the UTF-8 flag (older Windows tools) name members in a legacy code page;
      // ISO-8859-1 reads any byte, and the names we look for are ASCII. See Inputs.
      return listZip(path, StandardCharsets.ISO_8859_1);
    }
  }

  private static List<String> listZip(Path path, java.nio.charset.Charset charset) {
    List<String> names = new ArrayList<>();
    try (ZipFile zip = ZipFiles.open(path, charset)) {
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        if (!entry.isDirectory()) {
          names.add(entry.getName());
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      // java.util.zip reports member names that are not UTF-8 as IllegalArgumentException.
      throw new ImportException(path + ": cannot open the zip file (" + e.getMessage() + ")", e);
    }
    return List.copyOf(names);
  }

  private static List<String> listDirectory(Path dir) {
    try (Stream<Path> files = Files.walk(dir, 8)) {
      return files
          .filter(Files::isRegularFile)
          .map(p -> dir.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
