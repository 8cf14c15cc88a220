package app.walkaway.importer;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * What an importer may need beyond the file.
 *
 * @param zone her time zone, for exports that store instants (Telegram, Meta, SMS); null for the
 *     computer's own, looked up only when an importer asks for it: java.time's first look-up of a
 *     named zone searches every jar on the class path for zone-rule providers (about 10 ms at a
 *     command's start, measured), and a WhatsApp export, which holds wall-clock times, never needs
 *     one
 * @param them the name she gave for him, used to pick one chat out of a multi-chat export
 * @param maxUncompressedBytes cap on what is read out of a zip member (zip bombs)
 * @param threads how many threads may read one big file at the same time (1: one pass on the
 *     caller's thread); by default one per core, at most {@link #MAX_THREADS}
 * @param texts false when the caller reads no entry's text, only its time, author, kind and whether
 *     it asks (the figures): an importer may then give a plain typed message an empty text instead
 *     of building a string nobody reads. True by default.
 */
public record ImportOptions(
    ZoneId zone, Optional<String> them, long maxUncompressedBytes, int threads, boolean texts) {
  public static final long DEFAULT_MAX_UNCOMPRESSED = 4L * 1024 * 1024 * 1024;

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
  }

  public ImportOptions(ZoneId zone, Optional<String> them, long maxUncompressedBytes) {
    this(zone, them, maxUncompressedBytes, defaultThreads(), true);
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
    return new ImportOptions(zone, name, maxUncompressedBytes, threads, texts);
  }

  public ImportOptions withZone(ZoneId newZone) {
    return new ImportOptions(newZone, them, maxUncompressedBytes, threads, texts);
  }

  public ImportOptions withThreads(int count) {
    return new ImportOptions(zone, them, maxUncompressedBytes, count, texts);
  }

  /** The same options for a caller that reads no entry's text (see {@link #texts()}). */
  public ImportOptions withoutTexts() {
    return new ImportOptions(zone, them, maxUncompressedBytes, threads, false);
  }

  private static int defaultThreads() {
    return Math.min(Runtime.getRuntime().availableProcessors(), MAX_THREADS);
  }
}
