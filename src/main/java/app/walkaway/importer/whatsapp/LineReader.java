package app.walkaway.importer.whatsapp;

import app.walkaway.importer.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Streams UTF-8 text as lines without building a whole-file string. Lines are split on the byte
 * {@code \n} (which never occurs inside a UTF-8 sequence) with one trailing {@code \r} dropped
 * (FORMATS §1.1: CRLF and LF mix in real files), then decoded by a hand-written UTF-8 decoder. The
 * line is exposed as {@link #chars()}, {@link #start()}, {@link #end()}, valid until the next
 * {@link #next()}; each byte that is not valid UTF-8 becomes one U+FFFD and is counted. A U+FEFF at
 * the start of any line is dropped (a BOM opens the file, and hand-edited exports carry it at line
 * starts, §1.1).
 *
 * <p>The chars live in a mirror of the byte buffer, so {@link #start()} is where the line's bytes
 * start. A few kilobytes at a time are widened into it byte for char (by the JDK's Latin-1 decoder,
 * which C2 turns into vector code, unlike any byte-to-char loop of ours): an ASCII line is then
 * already in place, and a line with other characters is decoded over its own stretch.
 *
 * <p>A reader made with a prefix limit decodes only the first bytes of each line: the first pass
 * needs headers, not bodies, and skipping their decoding is most of its speed.
 *
 * <p>No line is kept longer than {@link #MAX_LINE_BYTES}: a longer one is cut there (its {@link
 * #cut()} is true), noted in {@link #longLines()}, and the rest of it is read past without being
 * kept, so a file of one 3 GB line is read in a few megabytes. The bound adds next to nothing to
 * the normal path: the prefix limit, which every line is already compared with, is never above it
 * (a line is noted only when that compare cut it), and the buffer is checked only where it would
 * grow.
 */
final class LineReader implements AutoCloseable {
  static final int WHOLE_LINES = Integer.MAX_VALUE;

  /**
   * The longest line kept, in bytes ({@link Limits#MAX_LINE_BYTES}: no line of a real export comes
   * near it). The buffer then holds at most twice this.
   */
  static final int MAX_LINE_BYTES = Limits.MAX_LINE_BYTES;

  /**
   * Bytes asked of the input at a time. 32 kB keeps the bytes, their chars and the JDK's own buffer
   * for the read within the second-level cache: parsing measured 1-2% faster than with 64 kB, 3%
   * slower with 256 kB, and 1% slower with 16 kB (more calls to read).
   */
  private static final int CHUNK = 32 * 1024;

  private static final int BLOCK = 4 * 1024;
  private static final char REPLACEMENT = '\uFFFD';
  private static final long ONES = 0x0101010101010101L;
  private static final long NEWLINES = ONES * '\n';
  private static final int NONE = Integer.MAX_VALUE;

  /**
   * Whether bytes are widened to chars by our own loop rather than by the JDK's Latin-1 decoder.
   * The optimizing compiler turns the decoder into vector code no loop of ours gets (0.12 against
   * 0.31 ns a byte), but the launcher runs commands under the first JIT tier alone, where the
   * decoder's loop is the slower one (1.0 against 0.6 ns a byte for a plain loop of ours; the
   * decoder was 14% of the reading threads' time on a 1M-message analyze, and our loop, four bytes
   * a turn, takes 14 ms less of such a run). The launcher says which with {@code
   * -Dwalkaway.firstTierOnly=true}; the decoder is the default.
   */
  static final boolean WIDEN_BY_LOOP = Boolean.getBoolean("walkaway.firstTierOnly");

  private final InputStream in;
  private final boolean widenByLoop;
  private final int prefix;
  private final int maxLine;
  private byte[] buf;
  private int pos;
  private int limit;
  private int scan;
  private boolean eof;

  /**
   * Where in {@link #buf} the newline search met the current line's first byte that is not ASCII,
   * or {@link #NONE}: decoding then needs no second look for it.
   */
  private int firstHigh = NONE;

  /** Just past the last byte that is not ASCII met so far in the current line, or 0. */
  private int afterLastHigh;

  /** {@code mirror[i]} is {@code buf[i]} widened, below {@link #widened} and past decoded lines. */
  private char[] mirror;

  private int widened;

  private final CharsetDecoder latin1 = StandardCharsets.ISO_8859_1.newDecoder();
  private int charStart;
  private int charEnd;
  private boolean cut;
  private long replaced;
  private long lineNumber;

  /** Bytes of the input before {@code buf[0]}, and where the current line starts in the input. */
  private long shifted;

  private long lineStart;

  /** The lines cut at {@link #maxLine}, in order; empty in any real export. */
  private final List<LongLine> longLines = new ArrayList<>(0);

  /** Where the current line ends in {@link #buf}, and from where on its bytes are all ASCII. */
  private int byteEnd;

  private int asciiFrom;

  LineReader(InputStream in) {
    this(in, WHOLE_LINES);
  }

  /** Decodes at most {@code prefixBytes} bytes of each line. */
  LineReader(InputStream in, int prefixBytes) {
    this(in, prefixBytes, WIDEN_BY_LOOP);
  }

  /** The same, widening by our own loop or by the JDK's decoder (see {@link #WIDEN_BY_LOOP}). */
  LineReader(InputStream in, int prefixBytes, boolean widenByLoop) {
    this(in, prefixBytes, MAX_LINE_BYTES, new byte[CHUNK * 2], new char[CHUNK * 2], widenByLoop);
  }

  /** A reader of whole lines that cuts them at {@code maxLineBytes} instead (tests). */
  static LineReader cuttingAt(InputStream in, int maxLineBytes) {
    return new LineReader(
        in, WHOLE_LINES, maxLineBytes, new byte[CHUNK * 2], new char[CHUNK * 2], WIDEN_BY_LOOP);
  }

  private LineReader(
      InputStream in,
      int prefixBytes,
      int maxLineBytes,
      byte[] buf,
      char[] mirror,
      boolean widenByLoop) {
    if (maxLineBytes < 1) {
      throw new IllegalArgumentException("maxLineBytes must be positive");
    }
    this.in = in;
    this.maxLine = maxLineBytes;
    this.prefix = Math.min(prefixBytes, maxLineBytes);
    this.buf = buf;
    this.mirror = mirror;
    this.widenByLoop = widenByLoop;
  }

  /**
   * A reader of whole lines over {@code in} that takes over the buffers of {@code spent}, which
   * must not be used again: a thread reading many segments of one file allocates them once (a third
   * of a megabyte each time otherwise).
   */
  static LineReader reusing(InputStream in, LineReader spent) {
    return new LineReader(
        in, WHOLE_LINES, spent.maxLine, spent.buf, spent.mirror, spent.widenByLoop);
  }

  /** Advances to the next line; false at the end of the input. */
  boolean next() {
    while (true) {
      int i = indexOfNewline(buf, scan, limit);
      if (i < limit) {
        decode(pos, i);
        pos = i + 1;
        scan = pos;
        firstHigh = NONE;
        afterLastHigh = 0;
        return true;
      }
      scan = limit;
      if (eof) {
        if (pos == limit) {
          return false;
        }
        decode(pos, limit);
        pos = limit;
        return true;
      }
      if (!fill()) {
        decode(pos, limit); // pos is 0: the line's first bytes, cut at the prefix and noted
        skipRestOfLine();
        return true;
      }
    }
  }

  /**
   * Reads more of the input after the bytes of the line being read; false, reading nothing, when
   * that line has outgrown {@link #maxLine} and the buffer would have to grow to hold more of it.
   * It is then longer than {@code maxLine} by more than a BOM and a {@code \r}, so that {@link
   * #decode} cuts it.
   */
  private boolean fill() {
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, limit - pos);
      shifted += pos;
      if (widened > pos) {
        System.arraycopy(mirror, pos, mirror, 0, widened - pos); // not decoded yet: still the bytes
      }
      widened = Math.max(0, widened - pos);
      limit -= pos;
      scan -= pos;
      if (firstHigh != NONE) {
        firstHigh -= pos;
        afterLastHigh -= pos;
      }
      pos = 0;
    }
    if (buf.length - limit < CHUNK) {
      if (limit > maxLine + 4) {
        return false; // the bound's one test, made only where the buffer would grow
      }
      buf = Arrays.copyOf(buf, buf.length * 2);
      mirror = Arrays.copyOf(mirror, buf.length);
    }
    int n = read(limit);
    if (n < 0) {
      eof = true;
    } else {
      limit += n;
    }
    return true;
  }

  private int read(int at) {
    try {
      return in.read(buf, at, buf.length - at);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads past the rest of the line just cut, keeping none of it, and notes its whole length. The
   * cut line's chars stay in the mirror; its bytes are no longer needed (a cut line has no ASCII
   * tail to take from them), so the input is read into the buffer from its start.
   */
  private void skipRestOfLine() {
    long length = limit; // the line's bytes so far; pos is 0
    byte last = buf[limit - 1];
    int newline;
    while (true) {
      int n = read(0);
      if (n < 0) {
        eof = true;
        newline = -1;
        limit = 0;
        break;
      }
      newline = indexOfNewline(buf, 0, n); // notes high bytes, forgotten below
      if (newline < n) {
        length += newline;
        last = newline > 0 ? buf[newline - 1] : last;
        limit = n;
        break;
      }
      length += n;
      last = n > 0 ? buf[n - 1] : last;
    }
    if (last == '\r') {
      length--; // counted without its line break, as decode counts a line it holds
    }
    pos = newline + 1;
    scan = pos;
    widened = 0;
    firstHigh = NONE;
    afterLastHigh = 0;
    long end = lineStart + length + (last == '\r' ? 1 : 0);
    shifted = end + 1 - pos; // buf[pos] is the byte after the line's newline
    LongLine cut = longLines.remove(longLines.size() - 1);
    longLines.add(new LongLine(cut.line(), length));
  }

  private void decode(int from, int to) {
    lineNumber++;
    lineStart = shifted + from;
    byte[] b = buf;
    if (to > from && b[to - 1] == '\r') {
      to--;
    }
    if (to - from >= 3
        && b[from] == (byte) 0xEF
        && b[from + 1] == (byte) 0xBB
        && b[from + 2] == (byte) 0xBF) {
      from += 3;
    }
    int end = to - from > prefix ? from + prefix : to;
    cut = end < to;
    if (cut && to - from > maxLine) {
      longLines.add(new LongLine(lineNumber, to - from));
    }
    charStart = from;
    if (widened < end) {
      widen(end);
    }
    // mirror[from, i) already holds these chars; a BOM skipped above was the first high byte
    int i = firstHigh >= from ? Math.min(firstHigh, end) : Utf8Bytes.asciiEnd(b, from, end);
    charEnd = i < end ? decodeRest(b, i, end, i) : end;
    byteEnd = to;
    asciiFrom = cut ? to : firstHigh == NONE ? from : Math.max(from, afterLastHigh);
  }

  /**
   * Widens the bytes from {@link #widened} to at least {@code to} into the mirror, every byte one
   * char, a block at a time: a block small enough that its chars are still in the first-level cache
   * when the lines in it are read.
   */
  private void widen(int to) {
    int until = Math.max(to, Math.min(limit, widened + BLOCK));
    if (widenByLoop) {
      widenByLoop(widened, until);
    } else {
      int n = until - widened;
      latin1.reset();
      latin1.decode(ByteBuffer.wrap(buf, widened, n), CharBuffer.wrap(mirror, widened, n), true);
    }
    widened = until;
  }

  /**
   * Widens {@code buf[from, to)} into the mirror, four bytes a turn (see {@link #WIDEN_BY_LOOP}).
   */
  private void widenByLoop(int from, int to) {
    byte[] b = buf;
    char[] c = mirror;
    int i = from;
    for (; i + 4 <= to; i += 4) {
      c[i] = (char) (b[i] & 0xFF);
      c[i + 1] = (char) (b[i + 1] & 0xFF);
      c[i + 2] = (char) (b[i + 2] & 0xFF);
      c[i + 3] = (char) (b[i + 3] & 0xFF);
    }
    for (; i < to; i++) {
      c[i] = (char) (b[i] & 0xFF);
    }
  }

  /**
   * The first {@code \n} in {@code b[from, to)}, or {@code to}; notes where the bytes before it
   * that are not ASCII begin and end, so decoding does not look for them again. Tests eight bytes
   * at a time with the zero-byte trick (Hacker's Delight 6-1): a borrow can only mark bytes after
   * the first match, so the lowest marked byte is exact.
   */
  private int indexOfNewline(byte[] b, int from, int to) {
    int i = from;
    for (; i + 8 <= to; i += 8) {
      long word = Utf8Bytes.word(b, i);
      long x = word ^ NEWLINES;
      long found = (x - ONES) & ~x & Utf8Bytes.HIGHS;
      long high = word & Utf8Bytes.HIGHS;
      if ((found | high) != 0) {
        if (found != 0) {
          noteHigh(i, high & (found - 1)); // only the bytes before the newline
          return i + Utf8Bytes.firstMarkedByte(found);
        }
        noteHigh(i, high);
      }
    }
    while (i < to && b[i] != '\n') {
      if (b[i] < 0) {
        firstHigh = Math.min(firstHigh, i);
        afterLastHigh = i + 1;
      }
      i++;
    }
    return i;
  }

  /** Notes the high bytes of the word at {@code at}. */
  private void noteHigh(int at, long high) {
    if (high == 0) {
      return;
    }
    if (firstHigh == NONE) {
      firstHigh = at + Utf8Bytes.firstMarkedByte(high);
    }
    afterLastHigh = at + Utf8Bytes.lastMarkedByte(high) + 1;
  }

  /**
   * The general path from the first non-ASCII byte {@code b[i]}, writing chars from {@code
   * mirror[j]}; returns where they end. A sequence gives fewer chars than it has bytes, so {@code
   * j} never passes {@code i}, and the ASCII runs after it are moved down from where they were
   * widened.
   */
  private int decodeRest(byte[] b, int i, int end, int j) {
    char[] c = mirror;
    while (i < end) {
      int b0 = b[i];
      if (b0 >= 0) {
        int next = i >= afterLastHigh ? end : Utf8Bytes.asciiEnd(b, i, end);
        System.arraycopy(c, i, c, j, next - i);
        j += next - i;
        i = next;
        continue;
      }
      b0 &= 0xFF;
      int need = b0 >= 0xF0 ? 3 : b0 >= 0xE0 ? 2 : 1;
      if (cut && i + need >= end) {
        break; // a character cut by the prefix limit: not an error, just not read
      }
      int cp = Utf8Bytes.sequence(b, i, end, b0, need);
      if (cp < 0) {
        c[j++] = REPLACEMENT;
        replaced++;
        i++;
      } else if (cp >= 0x10000) {
        c[j++] = Character.highSurrogate(cp);
        c[j++] = Character.lowSurrogate(cp);
        i += need + 1;
      } else {
        c[j++] = (char) cp;
        i += need + 1;
      }
    }
    return j;
  }

  /**
   * How many chars at the end of the current line are plain ASCII, one byte each: those chars can
   * be taken straight from {@link #bytes()}, ending at {@link #byteEnd()}. 0 for a cut line.
   */
  int asciiTail() {
    return byteEnd - asciiFrom;
  }

  /** The bytes the current line was read from; valid until the next {@link #next()}. */
  byte[] bytes() {
    return buf;
  }

  /** Where the current line ends in {@link #bytes()} (before a {@code \r}). */
  int byteEnd() {
    return byteEnd;
  }

  char[] chars() {
    return mirror;
  }

  int start() {
    return charStart;
  }

  int end() {
    return charEnd;
  }

  /** True when this line is longer than the prefix this reader decodes, or than it keeps. */
  boolean cut() {
    return cut;
  }

  /** The lines so far that were longer than this reader keeps, each cut to its first bytes. */
  List<LongLine> longLines() {
    return longLines;
  }

  /** The longest line this reader keeps, in bytes. */
  int maxLine() {
    return maxLine;
  }

  /** 1-based number of the current line. */
  long lineNumber() {
    return lineNumber;
  }

  /** Where the current line starts: its first byte's offset in the input (before any BOM). */
  long offset() {
    return lineStart;
  }

  /** Bytes that were not valid UTF-8 so far (each became one U+FFFD). */
  long replacedBytes() {
    return replaced;
  }

  String line() {
    return new String(mirror, charStart, charEnd - charStart);
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
