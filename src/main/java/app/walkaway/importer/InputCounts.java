package app.walkaway.importer;

import java.util.concurrent.atomic.LongAdder;

/**
 * How often inputs were opened and how much was read from their members, counted for the tests and
 * bench scripts that prove reading stays linear: a zip's directory is read when the zip is opened,
 * so opening it once per member made a download of many conversations quadratic. Counting costs one
 * add per open and per read call, never per byte.
 */
public final class InputCounts {
  private static final LongAdder ZIPS = new LongAdder();
  private static final LongAdder MEMBERS = new LongAdder();
  private static final LongAdder BYTES = new LongAdder();

  private InputCounts() {}

  /** Zip files opened (each open reads the zip's whole directory). */
  public static long zipsOpened() {
    return ZIPS.sum();
  }

  /** Files opened inside zips and folders, and plain files opened through {@link Inputs}. */
  public static long membersOpened() {
    return MEMBERS.sum();
  }

  /** Bytes read from those members (unpacked). */
  public static long memberBytes() {
    return BYTES.sum();
  }

  static void zipOpened() {
    ZIPS.increment();
  }

  static void memberOpened() {
    MEMBERS.increment();
  }

  static void read(long bytes) {
    BYTES.add(bytes);
  }
}
