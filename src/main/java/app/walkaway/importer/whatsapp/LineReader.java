package app.walkaway.importer.whatsapp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Streams UTF-8 text as lines without building a whole-file string: decodes in chunks, splits on
 * {@code \n} only and strips one trailing {@code \r} (FORMATS §1.1: CRLF and LF mix in real files).
 * A line is exposed as a region of a reused buffer ({@link #chars()}, {@link #start()}, {@link
 * #end()}) that is valid until the next call to {@link #next()}. Undecodable bytes become one
 * U+FFFD each and are counted; U+FEFF at the start of any line is dropped (a BOM opens the file,
 * and hand-edited exports carry it at line starts, §1.1).
 */
final class LineReader implements AutoCloseable {
  private static final int CHUNK = 64 * 1024;

  private final InputStream in;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(CHUNK);
  private char[] buf = new char[CHUNK * 2];
  private int pos; // start of unread chars
  private int limit; // end of decoded chars
  private int scan; // where the search for '\n' resumes
  private boolean inputDone;
  private boolean decoderFlushed;
  private long replaced;
  private long lineNumber;
  private int lineStart;
  private int lineEnd;

  LineReader(InputStream in) {
    this.in = in;
    bytes.flip();
  }

  /** Advances to the next line; false at the end of the input. */
  boolean next() {
    while (true) {
      for (int i = scan; i < limit; i++) {
        if (buf[i] == '\n') {
          deliver(pos, i);
          pos = i + 1;
          scan = pos;
          return true;
        }
      }
      scan = limit;
      if (decoderFlushed) {
        if (pos == limit) {
          return false;
        }
        deliver(pos, limit);
        pos = limit;
        return true;
      }
      fill();
    }
  }

  private void deliver(int from, int to) {
    if (to > from && buf[to - 1] == '\r') {
      to--;
    }
    if (to > from && buf[from] == '\uFEFF') {
      from++;
    }
    lineStart = from;
    lineEnd = to;
    lineNumber++;
  }

  private void fill() {
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, limit - pos);
      limit -= pos;
      scan -= pos;
      pos = 0;
    }
    if (buf.length - limit < CHUNK) {
      buf = Arrays.copyOf(buf, buf.length * 2);
    }
    CharBuffer out = CharBuffer.wrap(buf, limit, buf.length - limit);
    decodeInto(out);
    limit = out.position();
  }

  private void decodeInto(CharBuffer out) {
    int before = out.position();
    while (out.position() == before && !decoderFlushed) {
      if (!bytes.hasRemaining() || !inputDone) {
        readMore();
      }
      CoderResult result = decoder.decode(bytes, out, inputDone);
      if (result.isError()) {
        skipBad(result.length(), out);
      } else if (result.isUnderflow() && inputDone) {
        decoder.flush(out);
        decoderFlushed = true;
      }
    }
  }

  private void skipBad(int length, CharBuffer out) {
    for (int i = 0; i < length && out.hasRemaining(); i++) {
      out.put('\uFFFD');
    }
    bytes.position(bytes.position() + length);
    replaced += length;
  }

  private void readMore() {
    if (inputDone) {
      return;
    }
    bytes.compact();
    try {
      int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (n < 0) {
        inputDone = true;
      } else {
        bytes.position(bytes.position() + n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      bytes.flip();
    }
  }

  char[] chars() {
    return buf;
  }

  int start() {
    return lineStart;
  }

  int end() {
    return lineEnd;
  }

  /** 1-based number of the current line. */
  long lineNumber() {
    return lineNumber;
  }

  /** Bytes that were not valid UTF-8 so far (each became one U+FFFD). */
  long replacedBytes() {
    return replaced;
  }

  String line() {
    return new String(buf, lineStart, lineEnd - lineStart);
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
