package app.walkaway.importer;

import java.util.Arrays;

/** Reordering primitive columns: each keeps the rows given, in the order given. */
public final class Columns {
  private Columns() {}

  public static long[] pick(long[] column, int[] rows) {
    long[] out = new long[rows.length];
    Arrays.setAll(out, i -> column[rows[i]]);
    return out;
  }

  public static int[] pick(int[] column, int[] rows) {
    int[] out = new int[rows.length];
    Arrays.setAll(out, i -> column[rows[i]]);
    return out;
  }

  public static byte[] pick(byte[] column, int[] rows) {
    byte[] out = new byte[rows.length];
    for (int i = 0; i < rows.length; i++) {
      out[i] = column[rows[i]];
    }
    return out;
  }

  public static String[] pick(String[] column, int[] rows) {
    String[] out = new String[rows.length];
    Arrays.setAll(out, i -> column[rows[i]]);
    return out;
  }
}
