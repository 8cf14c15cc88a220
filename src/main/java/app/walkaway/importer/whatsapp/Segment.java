package app.walkaway.importer.whatsapp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.concurrent.Callable;

/**
 * Reads the messages whose header line starts in bytes {@code [start, end)} of a plain export file,
 * on its own thread. A message belongs to the segment its header starts in: the segment skips the
 * lines before its first header (the end of the message before, which the previous segment reads
 * past its end) and reads on past {@code end} until the next header. Both decide what a header is
 * by the same {@link Emitter#headerOf}, so the messages are exactly those of a one-pass read.
 */
final class Segment implements Callable<Segment.Lines> {
  /** The reader this thread used for its last segment, whose buffers the next one takes. */
  private static final ThreadLocal<LineReader> SPENT = new ThreadLocal<>();

  /**
   * How a segment's lines relate to the file's.
   *
   * @param skipped lines its reader counted before its first whole line (the line its start cuts)
   * @param crossing whole lines from its first line to the first line that starts in the next one
   * @param counts what it counted, its lines numbered as its reader numbered them
   */
  record Lines(long skipped, long crossing, Counts counts) {
    /** The shift from the reader's line numbers to the file's, given the lines before it. */
    long shift(long linesBefore) {
      return linesBefore - skipped;
    }
  }

  private final Path file;
  private final Layout layout;
  private final boolean texts;
  private final long start;
  private final long end;
  private final Held out;
  private long crossing;
  private Counts counts = Counts.NONE;

  /**
   * @param texts whether entries need their texts (see {@link Emitter#Emitter(Layout, Emitter.Out,
   *     boolean)})
   * @param end where the next segment starts, or {@code Long.MAX_VALUE} for the last segment
   */
  Segment(Path file, Layout layout, boolean texts, long start, long end, Held out) {
    this.file = file;
    this.layout = layout;
    this.texts = texts;
    this.start = start;
    this.end = end;
    this.out = out;
  }

  @Override
  public Lines call() {
    // Read from the byte before the start: if it is a newline, a line starts exactly at start.
    long from = Math.max(0, start - 1);
    try (FileChannel channel = FileChannel.open(file)) {
      if (start > 0 && !lineStartsIn(channel, from)) {
        return new Lines(0, 0, Counts.NONE);
      }
      return read(channel, from);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Whether a line starts in this segment, after the newline at or past {@code from}. A segment
   * that lies inside one line (of a damaged or hostile file: a 3 GB line is 12,000 segments) owns
   * nothing; without this look each of them would read the rest of that line to its end. Usually
   * one small read: lines are short.
   */
  private boolean lineStartsIn(FileChannel channel, long from) throws IOException {
    ByteBuffer bytes = ByteBuffer.allocate(4096);
    for (long at = from; at + 1 < end; ) {
      if (at > from && bytes.capacity() == 4096) {
        bytes = ByteBuffer.allocate(64 * 1024); // a long line: fewer, larger reads
      }
      bytes.clear();
      int n = channel.read(bytes, at);
      if (n <= 0) {
        return false;
      }
      for (int i = 0; i < n && at + i + 1 < end; i++) {
        if (bytes.get(i) == '\n') {
          return true;
        }
      }
      at += n;
    }
    return false;
  }

  private Lines read(FileChannel channel, long from) throws IOException {
    try (LineReader lines = reader(Channels.newInputStream(channel.position(from)))) {
      long skipped = 0;
      if (start > 0) {
        lines.next(); // the rest of the line the start cuts: the previous segment's
        skipped = 1;
      }
      read(lines, from, skipped);
      SPENT.set(lines);
      return new Lines(skipped, crossing, counts);
    }
  }

  private static LineReader reader(InputStream in) {
    LineReader spent = SPENT.get();
    SPENT.remove();
    return spent == null ? new LineReader(in) : LineReader.reusing(in, spent);
  }

  private void read(LineReader lines, long from, long skipped) {
    Emitter emitter = new Emitter(layout, out, texts);
    boolean owning = start == 0;
    long ownFrom = 1; // the reader's lines this segment owns: [ownFrom, ownTo)
    long ownTo = Long.MAX_VALUE;
    boolean crossed = false;
    long replacedBefore = lines.replacedBytes(); // bytes replaced in lines that are not ours
    long replacedAtLine = replacedBefore;
    while (lines.next()) {
      if (!crossed && from + lines.offset() >= end) {
        crossed = true;
        crossing = lines.lineNumber() - 1 - skipped;
      }
      LocalDateTime at = emitter.headerOf(lines);
      if (at != null && crossed) {
        ownTo = lines.lineNumber();
        break; // the next segment's first message
      }
      if (at != null && !owning) {
        owning = true;
        ownFrom = lines.lineNumber();
        emitter.forgetCounts();
        replacedBefore = replacedAtLine;
      }
      if (at != null) {
        emitter.open(lines, at);
      } else if (owning) {
        emitter.continueWith(lines);
      }
      replacedAtLine = lines.replacedBytes();
    }
    if (owning) {
      emitter.finish();
      counts =
          emitter.counts(
              replacedAtLine - replacedBefore, Cuts.of(lines.longLines(), ownFrom, ownTo));
    }
  }
}
