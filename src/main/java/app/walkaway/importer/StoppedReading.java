package app.walkaway.importer;

/** The sentence that tells her where a damaged or cut-off file stopped being readable. */
public final class StoppedReading {
  private StoppedReading() {}

  /**
   * For a file that simply ends too early, e.g. {@code sms.xml: the file ends in the middle of a
   * message at line 812; the 811 lines before it were read}.
   */
  public static String truncated(String origin, long line) {
    return origin
        + ": the file ends in the middle of a message at line "
        + line
        + "; "
        + before(line)
        + " read";
  }

  /** For a file that breaks part way through for another reason. */
  public static String broken(String origin, long line, String problem) {
    return origin
        + ": stopped reading at line "
        + line
        + " ("
        + problem
        + "); "
        + before(line)
        + " kept";
  }

  private static String before(long line) {
    long lines = Math.max(0, line - 1);
    return lines == 1 ? "the line before it was" : "the " + lines + " lines before it were";
  }
}
