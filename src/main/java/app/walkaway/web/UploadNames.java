package app.walkaway.web;

import java.util.Locale;
import java.util.Set;

/**
 * Names for uploaded files: the name she gave the file (the read-out cites it), without any folder
 * a browser may send, control characters or path tricks, and unique within one upload.
 */
final class UploadNames {
  static final int MAX = 120;

  private UploadNames() {}

  /** A safe, unique name for {@code submitted} among {@code taken} (which it joins). */
  static String unique(String submitted, Set<String> taken) {
    String name = safe(submitted);
    String candidate = name;
    for (int i = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); i++) {
      candidate = i + "-" + name;
    }
    return candidate;
  }

  static String safe(String submitted) {
    String name =
        submitted.substring(Math.max(submitted.lastIndexOf('/'), submitted.lastIndexOf('\\')) + 1);
    name = name.replaceAll("[\\p{Cntrl}:*?\"<>|]", "_").strip();
    while (name.startsWith(".")) {
      name = name.substring(1);
    }
    if (name.isBlank()) {
      name = "chat.txt";
    }
    if (name.length() > MAX) {
      int dot = name.lastIndexOf('.');
      String extension = dot > 0 && name.length() - dot <= 8 ? name.substring(dot) : "";
      name = name.substring(0, MAX - extension.length()) + extension;
    }
    return name;
  }

  /** A size in plain words: "1 GB", "200 MB", "40 kB". */
  static String size(long bytes) {
    if (bytes >= 1L << 30) {
      return round(bytes / (double) (1L << 30)) + " GB";
    }
    if (bytes >= 1L << 20) {
      return round(bytes / (double) (1L << 20)) + " MB";
    }
    return Math.max(1, Math.round(bytes / 1024.0)) + " kB";
  }

  private static String round(double x) {
    return x == Math.rint(x) ? Long.toString((long) x) : String.format(Locale.UK, "%.1f", x);
  }
}
