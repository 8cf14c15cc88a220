package app.walkaway.vault;

import java.util.Arrays;

/**
 * How often each fingerprint has been seen so far in one source, for the occurrence number that
 * keeps genuine repeats apart (see {@link EventStore#add}). An open-addressing table of primitive
 * longs and ints: about 24 bytes an event at most, where a {@code HashMap<Long, Integer>} took
 * about 60, boxed. Fingerprints never equal {@link #EMPTY} in practice (a minute in 1970 with every
 * hash bit set); one that does is counted in a field of its own.
 */
final class FingerprintCounts {
  private static final long EMPTY = -1L;
  private long[] keys = empty(1 << 10);
  private int[] counts = new int[1 << 10];
  private int size;
  private int emptyKeyCount;

  /** Counts one more {@code fingerprint}; returns how many times it was seen before (0 first). */
  int next(long fingerprint) {
    if (fingerprint == EMPTY) {
      return emptyKeyCount++;
    }
    int slot = find(keys, fingerprint);
    if (keys[slot] == fingerprint) {
      return counts[slot]++;
    }
    keys[slot] = fingerprint;
    counts[slot] = 1;
    if (++size * 2 > keys.length) {
      grow();
    }
    return 0;
  }

  private static long[] empty(int length) {
    long[] table = new long[length];
    Arrays.fill(table, EMPTY);
    return table;
  }

  private static int find(long[] keys, long fingerprint) {
    int mask = keys.length - 1;
    // Fingerprints carry the minute in their high bits: mix them so neighbours spread out.
    int slot = (int) (mix(fingerprint) & mask);
    while (keys[slot] != EMPTY && keys[slot] != fingerprint) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private static long mix(long x) {
    x ^= x >>> 33;
    x *= 0xff51afd7ed558ccdL;
    x ^= x >>> 33;
    return x;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldCounts = counts;
    keys = empty(oldKeys.length * 2);
    counts = new int[oldKeys.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        int slot = find(keys, oldKeys[i]);
        keys[slot] = oldKeys[i];
        counts[slot] = oldCounts[i];
      }
    }
  }
}
