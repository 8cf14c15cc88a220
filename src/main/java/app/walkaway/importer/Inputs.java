package app.walkaway.importer;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The files inside an input, opened the same way whether the input is a plain file, a folder or a
 * zip. Zip members are read through a cap ({@link ImportOptions#maxUncompressedBytes()}) so a zip
 * bomb stops with a clear message instead of filling the disk or memory.
 */
public final class Inputs {
  private Inputs() {}

  /** One file inside an input. {@code name} is what to show her, e.g. "chat.zip!message_1.json". */
  public record Member(Peek peek, String member, String name) {
    /** Opens the member for reading; the caller closes it. */
    public InputStream open(ImportOptions options) {
      try {
        return switch (peek.kind()) {
          case FILE -> Files.newInputStream(peek.path());
          case DIRECTORY -> Files.newInputStream(peek.path().resolve(member));
          case ZIP -> openZipMember(peek.path(), member, options.maxUncompressedBytes());
        };
      } catch (IOException e) {
        throw new ImportException(name + ": cannot read the file (" + e.getMessage() + ")", e);
      }
    }
  }

  /** The input itself when it is a plain file, else the members whose names pass {@code keep}. */
  public static List<Member> members(Peek peek, java.util.function.Predicate<String> keep) {
    String origin = peek.path().getFileName() == null ? "" : peek.path().getFileName().toString();
    if (peek.kind() == Peek.Shape.FILE) {
      return List.of(new Member(peek, "", origin));
    }
    String joint = peek.kind() == Peek.Shape.ZIP ? "!" : "/";
    return peek.members().stream()
        .filter(keep)
        .map(m -> new Member(peek, m, origin + joint + m))
        .toList();
  }

  private static InputStream openZipMember(Path path, String member, long cap) throws IOException {
    try {
      return openZipMember(path, member, cap, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException | NoSuchMember notUtf8) {
      // Peek lists members of a zip without the UTF-8 flag in ISO-8859-1: open them the same way.
      return openZipMember(path, member, cap, StandardCharsets.ISO_8859_1);
    }
  }

  private static InputStream openZipMember(Path path, String member, long cap, Charset charset)
      throws IOException {
    ZipFile zip = new ZipFile(path.toFile(), charset);
    try {
      ZipEntry entry = zip.getEntry(member);
      if (entry == null) {
        throw new NoSuchMember(member);
      }
      return new Capped(zip.getInputStream(entry), zip, cap, path + "!" + member);
    } catch (IOException | RuntimeException e) {
      zip.close();
      throw e;
    }
  }

  private static final class NoSuchMember extends IOException {
    private static final long serialVersionUID = 1L;

    NoSuchMember(String member) {
      super("no member " + member);
    }
  }

  /** Stops reading past the cap and closes the zip with the stream. */
  private static final class Capped extends FilterInputStream {
    private final ZipFile zip;
    private final long cap;
    private final String name;
    private long read;

    Capped(InputStream in, ZipFile zip, long cap, String name) {
      super(in);
      this.zip = zip;
      this.cap = cap;
      this.name = name;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0 && (read += n) > cap) {
        throw Limits.tooBigInZip(name, cap);
      }
      return n;
    }

    @Override
    public void close() throws IOException {
      try {
        super.close();
      } finally {
        zip.close();
      }
    }
  }
}
