package app.walkaway.importer;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The files inside one input, opened the same way whether the input is a plain file, a folder or a
 * zip. A zip is opened once, on the first member read, and stays open until these inputs are
 * closed: opening it reads its whole directory, so opening it for each member made a download of
 * 100,000 conversations take minutes. Zip members are read through a cap ({@link
 * ImportOptions#maxUncompressedBytes()}) so a zip bomb stops with a clear message instead of
 * filling the disk or memory.
 */
public final class Inputs implements AutoCloseable {
  private final Peek peek;
  private final long cap;
  private ZipFile zip;
  private Charset names = StandardCharsets.UTF_8;

  private Inputs(Peek peek, long cap) {
    this.peek = peek;
    this.cap = cap;
  }

  /** The inputs of {@code peek}, read with the options' cap; the caller closes them. */
  public static Inputs of(Peek peek, ImportOptions options) {
    return new Inputs(Objects.requireNonNull(peek, "peek"), options.maxUncompressedBytes());
  }

  /** One file inside an input. {@code name} is what to show her, e.g. "chat.zip!message_1.json". */
  public record Member(Inputs inputs, String member, String name) {
    /** Opens the member for reading; the caller closes the stream (not the inputs). */
    public InputStream open() {
      return inputs.open(this);
    }
  }

  /** The input itself when it is a plain file, else the members whose names pass {@code keep}. */
  public List<Member> members(Predicate<String> keep) {
    String origin = peek.path().getFileName() == null ? "" : peek.path().getFileName().toString();
    if (peek.kind() == Peek.Shape.FILE) {
      return List.of(new Member(this, "", origin));
    }
    String joint = peek.kind() == Peek.Shape.ZIP ? "!" : "/";
    return peek.members().stream()
        .filter(keep)
        .map(m -> new Member(this, m, origin + joint + m))
        .toList();
  }

  private InputStream open(Member member) {
    InputCounts.memberOpened();
    try {
      return switch (peek.kind()) {
        case FILE -> new Counted(Files.newInputStream(peek.path()), Long.MAX_VALUE, member.name());
        case DIRECTORY ->
            new Counted(
                Files.newInputStream(peek.path().resolve(member.member())),
                Long.MAX_VALUE,
                member.name());
        case ZIP -> new Counted(zip().getInputStream(entry(member.member())), cap, member.name());
      };
    } catch (IOException e) {
      throw new ImportException(
          member.name() + ": cannot read the file (" + e.getMessage() + ")", e);
    }
  }

  private ZipFile zip() throws IOException {
    if (zip == null) {
      zip = ZipFiles.open(peek.path(), names);
    }
    return zip;
  }

  /**
   * The member's entry. Peek lists the members of a zip without the UTF-8 flag in ISO-8859-1 (older
   * Windows tools name them in a legacy code page); such a zip is opened again that way, once.
   */
  private ZipEntry entry(String member) throws IOException {
    ZipEntry entry = find(member);
    if (entry == null && names == StandardCharsets.UTF_8) {
      zip.close();
      zip = null;
      names = StandardCharsets.ISO_8859_1;
      entry = find(member);
    }
    if (entry == null) {
      throw new IOException("no member " + member);
    }
    return entry;
  }

  private ZipEntry find(String member) throws IOException {
    try {
      return zip().getEntry(member);
    } catch (IllegalArgumentException notUtf8) {
      return null; // java.util.zip reports names that are not UTF-8 this way
    }
  }

  @Override
  public void close() {
    if (zip != null) {
      try {
        zip.close();
      } catch (IOException ignored) {
        // Read-only: a failed close loses nothing.
      }
      zip = null;
    }
  }

  /** Counts what is read, and stops past the cap (zip members only). */
  private static final class Counted extends FilterInputStream {
    private final long cap;
    private final String name;
    private long read;

    Counted(InputStream in, long cap, String name) {
      super(in);
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
      if (n > 0) {
        InputCounts.read(n);
        if ((read += n) > cap) {
          throw Limits.tooBigInZip(name, cap);
        }
      }
      return n;
    }
  }
}
