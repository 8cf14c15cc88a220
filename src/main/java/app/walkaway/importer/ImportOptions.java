package app.walkaway.importer;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What an importer may need beyond the file.
 *
 * @param zone her time zone, for exports that store instants (Telegram, Meta, SMS); null for the
 *     computer's own, looked up only when an importer asks for it: java.time's first look-up of a
 *     named zone searches every jar on the class path for zone-rule providers (about 10 ms at a
 *     command's start, measured), and a WhatsApp export, which holds wall-clock times, never needs
 *     one
 * @param them the name she gave for him, used to pick one chat out of a multi-chat export
 * @param maxUncompressedBytes cap on what is read out of a zip member (zip bombs); {@link
 *     Limits#MAX_ZIP_MEMBER_BYTES} by default
 * @param threads how many threads may read one big file at the same time (1: one pass on the
 *     caller's thread); by default one per core, at most {@link #MAX_THREADS}
 * @param texts false when the caller reads no entry's text, only its time, author, kind and whether
 *     it asks (the figures): an importer may then give a plain typed message an empty text instead
 *     of building a string nobody reads. True by default.
 * @param maxEntries cap on the entries read from one input, past which it is refused ({@link
 *     Limits#tooManyEntries}); {@link Limits#MAX_ENTRIES} by default
 */
public record ImportOptions(
    ZoneId zone,
    Optional<String> them,
    long maxUncompressedBytes,
    int threads,
    boolean texts,
    long maxEntries) {
  public static final long DEFAULT_MAX_UNCOMPRESSED = Limits.MAX_ZIP_MEMBER_BYTES;

  /** Past four threads, reading one file is bound by the disk and the hand-over, not the cores. */
  public static final int MAX_THREADS = 4;

  public ImportOptions {
    Objects.requireNonNull(them, "them");
    if (maxUncompressedBytes <= 0) {
      throw new IllegalArgumentException("maxUncompressedBytes must be positive");
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1");
    }
    if (maxEntries <= 0) {
      throw new IllegalArgumentException("maxEntries must be positive");
    }
  }

  public ImportOptions(ZoneId zone, Optional<String> them, long maxUncompressedBytes) {
    this(zone, them, maxUncompressedBytes, defaultThreads(), true, Limits.MAX_ENTRIES);
  }

  public static ImportOptions defaults() {
    return new ImportOptions(null, Optional.empty(), DEFAULT_MAX_UNCOMPRESSED);
  }

  /** Her time zone: the one given, else the computer's. */
  @Override
  public ZoneId zone() {
    return zone != null ? zone : ZoneId.systemDefault();
  }

  public ImportOptions withThem(Optional<String> name) {
    return new ImportOptions(zone, name, maxUncompressedBytes, threads, texts, maxEntries);
  }

  public ImportOptions withZone(ZoneId newZone) {
    return new ImportOptions(newZone, them, maxUncompressedBytes, threads, texts, maxEntries);
  }

  public ImportOptions withThreads(int count) {
    return new ImportOptions(zone, them, maxUncompressedBytes, count, texts, maxEntries);
  }

  /** The same options for a caller that reads no entry's text (see {@link #texts()}). */
  public ImportOptions withoutTexts() {
    return new ImportOptions(zone, them, maxUncompressedBytes, threads, false, maxEntries);
  }

  /** The same options with another cap on entries (tests reach it without a huge file). */
  public ImportOptions withMaxEntries(long max) {
    return new ImportOptions(zone, them, maxUncompressedBytes, threads, texts, max);
  }

  /** The same options with another cap on what one zip member may unpack to. */
  public ImportOptions withMaxUncompressedBytes(long max) {
    return new ImportOptions(zone, them, max, threads, texts, maxEntries);
  }

  /**
   * {@code sink} with the cap on entries: it refuses the input, naming {@code origin}, when one
   * more would pass {@link #maxEntries()}. For importers that hand entries on one at a time.
   */
  public Consumer<Entry> capped(String origin, Consumer<Entry> sink) {
    long max = maxEntries;
    long[] count = {0};
    return entry -> {
      if (++count[0] > max) {
        throw Limits.tooManyEntries(origin, max);
      }
      sink.accept(entry);
    };
  }

  private static int defaultThreads() {
    return Math.min(Runtime.getRuntime().availableProcessors(), MAX_THREADS);
  }
}
