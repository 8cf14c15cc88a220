package app.walkaway.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Decodes UTF-8 without ever failing: each malformed sequence becomes one U+FFFD and is counted, so
 * a report can say how many characters were repaired. A leading byte order mark is dropped (Java's
 * decoder keeps it; Messenger exports start with one, FORMATS §3.1). Streams: memory stays flat.
 */
public final class LenientUtf8Reader extends Reader {
  private static final int SIZE = 8192;
  private final InputStream in;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(SIZE).flip();
  private final CharBuffer chars = CharBuffer.allocate(SIZE).flip();
  private boolean eof;
  private boolean started;
  private long replaced;

  public LenientUtf8Reader(InputStream in) {
    this.in = Objects.requireNonNull(in, "in");
  }

  /** Malformed byte sequences replaced so far. */
  public long replaced() {
    return replaced;
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, buf.length);
    if (len == 0) {
      return 0;
    }
    while (!chars.hasRemaining()) {
      if (!fill()) {
        return -1;
      }
    }
    int n = Math.min(len, chars.remaining());
    chars.get(buf, off, n);
    return n;
  }

  /** Decodes at least one more char into {@link #chars}; false at the end of the input. */
  private boolean fill() throws IOException {
    chars.clear();
    while (chars.position() == 0) {
      if (!eof) {
        readMore();
      }
      CoderResult result = decoder.decode(bytes, chars, eof);
      if (result.isError()) {
        if (!chars.hasRemaining()) {
          break;
        }
        bytes.position(bytes.position() + result.length());
        chars.put('\uFFFD');
        replaced++;
      } else if (eof && !bytes.hasRemaining()) {
        break;
      }
    }
    chars.flip();
    if (!started && chars.hasRemaining()) {
      started = true;
      if (chars.get(chars.position()) == '\uFEFF') {
        chars.get();
      }
    }
    return chars.hasRemaining() || !eof || bytes.hasRemaining();
  }

  private void readMore() throws IOException {
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      eof = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
