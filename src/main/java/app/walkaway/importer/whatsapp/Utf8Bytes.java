package app.walkaway.importer.whatsapp;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The byte-level steps of {@link LineReader}'s UTF-8 decoding: finding ASCII runs eight bytes at a
 * time and reading one multi-byte sequence. Each returns indexes; none keeps state.
 */
final class Utf8Bytes {
  static final long HIGHS = 0x8080808080808080L;
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private Utf8Bytes() {}

  /** The eight bytes at {@code b[i]} as one little-endian word. */
  static long word(byte[] b, int i) {
    return (long) LONGS.get(b, i);
  }

  /** The first byte in {@code b[from, end)} that is not ASCII, eight bytes at a time; or end. */
  static int asciiEnd(byte[] b, int from, int end) {
    int i = from;
    for (; i + 8 <= end; i += 8) {
      long high = word(b, i) & HIGHS;
      if (high != 0) {
        return i + firstMarkedByte(high);
      }
    }
    while (i < end && b[i] >= 0) {
      i++;
    }
    return i;
  }

  /**
   * The index of the lowest byte whose high bit is set in {@code marks} (only high bits set, at
   * least one). Multiplies the lowest mark (1 << 8k, once shifted down) by the bytes 7..0 so byte k
   * lands on top: cheaper than {@link Long#numberOfTrailingZeros} when C1 compiles this, where that
   * is a call rather than one instruction.
   */
  static int firstMarkedByte(long marks) {
    return (int) ((((marks & -marks) >>> 7) * 0x0001020304050607L) >>> 56);
  }

  /**
   * The index of the highest byte whose high bit is set in {@code marks}, by halving: three tests,
   * where a loop down from the top byte cost twice as much and {@link Long#reverseBytes} is a call
   * under C1.
   */
  static int lastMarkedByte(long marks) {
    int last = 0;
    long m = marks;
    if ((m >>> 32) != 0) {
      last = 4;
      m >>>= 32;
    }
    if ((m >>> 16) != 0) {
      last += 2;
      m >>>= 16;
    }
    return (m >>> 8) != 0 ? last + 1 : last;
  }

  /**
   * The code point of a well-formed sequence at {@code i}, or -1 (RFC 3629 ranges). Written out
   * byte by byte: a loop over the continuation bytes mispredicted where two- three- and four-byte
   * sequences mix (a narrow no-break space, then an emoji).
   */
  static int sequence(byte[] b, int i, int end, int b0, int need) {
    if (b0 < 0xC2 || b0 > 0xF4 || i + need >= end || !continues(b[i + 1])) {
      return -1;
    }
    int cp = (b0 & (0x3F >> need)) << 6 | (b[i + 1] & 0x3F);
    if (need == 1) {
      return cp; // a lead byte from 0xC2 up cannot be overlong
    }
    if (!continues(b[i + 2])) {
      return -1;
    }
    cp = cp << 6 | (b[i + 2] & 0x3F);
    if (need == 2) {
      boolean surrogate = cp >= 0xD800 && cp <= 0xDFFF;
      return cp < 0x800 || surrogate ? -1 : cp;
    }
    if (!continues(b[i + 3])) {
      return -1;
    }
    cp = cp << 6 | (b[i + 3] & 0x3F);
    return cp < 0x10000 || cp > 0x10FFFF ? -1 : cp;
  }

  static boolean continues(byte b) {
    return (b & 0xC0) == 0x80;
  }
}
