package app.walkaway.importer;

import java.util.Locale;

/**
 * Sizes and counts as a person reads them in a note or a refusal: "300 MB", "1,048,576". Binary
 * units under their everyday names (1 MB is 1,048,576 bytes), as file managers show them.
 */
public final class Sizes {
  private static final String[] UNITS = {"kB", "MB", "GB", "TB"};

  private Sizes() {}

  /** E.g. "812 bytes", "1 MB", "1.5 MB", "300 MB", "4 GB". */
  public static String bytes(long bytes) {
    if (bytes < 1024) {
      return bytes + (bytes == 1 ? " byte" : " bytes");
    }
    double value = bytes;
    int unit = -1;
    while (value >= 1024 && unit < UNITS.length - 1) {
      value /= 1024;
      unit++;
    }
    double tenths = Math.round(value * 10) / 10.0;
    String number =
        value < 10 && tenths != Math.rint(tenths)
            ? String.format(Locale.ROOT, "%.1f", tenths)
            : Long.toString(Math.round(value));
    return number + " " + UNITS[unit];
  }

  /** A count with thousands separated, e.g. "10,000,000". */
  public static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
