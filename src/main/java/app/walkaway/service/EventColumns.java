package app.walkaway.service;

import app.walkaway.event.Actor;
import app.walkaway.event.Channel;
import app.walkaway.event.Kind;
import app.walkaway.event.Questions;
import app.walkaway.importer.Columns;
import app.walkaway.importer.TimeOrder;
import app.walkaway.safety.RedFlagKind;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/**
 * What every page of the web app needs of every stored event, in memory as columns: row id, time,
 * who, kind, channel, whether it asks something, and the red-flag kinds stored for his words. About
 * 20 bytes an event (20 MB for a million), never a text: texts are read from the vault for the few
 * events a page shows. Immutable: a {@link VaultSession} builds one when it unlocks and swaps in a
 * new one after every write, so readers need no lock and never see half a write.
 *
 * <p>Rows are in time order, events at the same second in the order they were stored (by id), as
 * {@code EventStore.all()} gives them.
 */
final class EventColumns {
  static final EventColumns EMPTY = new Builder(0).build();

  /** Bit 0 of {@link #flags}: the text asks something (a question mark), for the analysis. */
  static final int ASKS = 1;

  /** The red-flag kinds of his words, each one bit of {@link #flags} from bit 1 on. */
  static final List<RedFlagKind> WORD_FLAGS =
      Arrays.stream(RedFlagKind.values()).filter(RedFlagKind::inWords).toList();

  private static final Actor[] ACTORS = Actor.values();
  private static final Kind[] KINDS = Kind.values();
  private static final Channel[] CHANNELS = Channel.values();

  final int size;
  final long[] id;
  final long[] at;
  final byte[] who;
  final byte[] kind;
  final byte[] channel;
  final byte[] flags;

  /** The highest row id held: the next refresh reads only rows stored after it. */
  final long lastId;

  private EventColumns(Builder b, int[] order) {
    this.size = b.size;
    this.id = order == null ? Arrays.copyOf(b.id, size) : Columns.pick(b.id, order);
    this.at = order == null ? Arrays.copyOf(b.at, size) : Columns.pick(b.at, order);
    this.who = order == null ? Arrays.copyOf(b.who, size) : Columns.pick(b.who, order);
    this.kind = order == null ? Arrays.copyOf(b.kind, size) : Columns.pick(b.kind, order);
    this.channel = order == null ? Arrays.copyOf(b.channel, size) : Columns.pick(b.channel, order);
    this.flags = order == null ? Arrays.copyOf(b.flags, size) : Columns.pick(b.flags, order);
    this.lastId = b.lastId;
  }

  Actor who(int row) {
    return ACTORS[who[row]];
  }

  Kind kind(int row) {
    return KINDS[kind[row]];
  }

  Channel channel(int row) {
    return CHANNELS[channel[row]];
  }

  boolean asks(int row) {
    return (flags[row] & ASKS) != 0;
  }

  /** The red-flag kinds stored for this event's words; none for most. */
  List<RedFlagKind> wordFlags(int row) {
    int bits = flags[row] >>> 1;
    if (bits == 0) {
      return List.of();
    }
    return WORD_FLAGS.stream().filter(k -> (bits & 1 << WORD_FLAGS.indexOf(k)) != 0).toList();
  }

  boolean hasWordFlag(int row) {
    return (flags[row] & ~ASKS) != 0;
  }

  LocalDateTime at(int row) {
    return LocalDateTime.ofEpochSecond(at[row], 0, ZoneOffset.UTC);
  }

  /** The first row at or after {@code seconds} (binary search; {@link #size} when none). */
  int firstAtOrAfter(long seconds) {
    int low = 0;
    int high = size;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (at[mid] < seconds) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  static long seconds(LocalDateTime time) {
    return time.toEpochSecond(ZoneOffset.UTC);
  }

  /** These rows and {@code newer} (rows stored after them), in time order. */
  EventColumns plus(Builder newer) {
    if (newer.size == 0) {
      return this;
    }
    if (size == 0) {
      return newer.build();
    }
    Builder all = new Builder(size + newer.size);
    all.appendAll(this);
    all.appendAll(newer);
    all.lastId = Math.max(lastId, newer.lastId);
    return all.build();
  }

  /** The bit of a stored red-flag name; -1 for a name this Walkaway does not know. */
  private static int wordFlagBit(String name) {
    for (int i = 0; i < WORD_FLAGS.size(); i++) {
      if (WORD_FLAGS.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /** Rows as the vault hands them over (in id order), sorted by time when built. */
  static final class Builder {
    private int size;
    private long[] id;
    private long[] at;
    private byte[] who;
    private byte[] kind;
    private byte[] channel;
    private byte[] flags;
    private long lastId;

    Builder(int capacity) {
      int n = Math.max(16, capacity);
      id = new long[n];
      at = new long[n];
      who = new byte[n];
      kind = new byte[n];
      channel = new byte[n];
      flags = new byte[n];
    }

    /** One stored event; {@code text} is read for its question mark and then let go. */
    void add(
        long rowId,
        long seconds,
        Actor actor,
        Kind k,
        Channel ch,
        String text,
        List<String> flagKinds) {
      int bits = 0;
      if (actor != Actor.OTHER && k.isContact() && Questions.asks(text)) {
        bits = ASKS;
      }
      for (String name : flagKinds) {
        int bit = wordFlagBit(name);
        if (bit >= 0) {
          bits |= 2 << bit;
        }
      }
      put(rowId, seconds, (byte) actor.ordinal(), (byte) k.ordinal(), (byte) ch.ordinal(), bits);
    }

    private void put(long rowId, long seconds, byte actor, byte k, byte ch, int bits) {
      if (size == id.length) {
        grow();
      }
      id[size] = rowId;
      at[size] = seconds;
      who[size] = actor;
      kind[size] = k;
      channel[size] = ch;
      flags[size] = (byte) bits;
      size++;
      lastId = Math.max(lastId, rowId);
    }

    private void appendAll(EventColumns c) {
      for (int r = 0; r < c.size; r++) {
        put(c.id[r], c.at[r], c.who[r], c.kind[r], c.channel[r], c.flags[r]);
      }
    }

    private void appendAll(Builder b) {
      for (int r = 0; r < b.size; r++) {
        put(b.id[r], b.at[r], b.who[r], b.kind[r], b.channel[r], b.flags[r]);
      }
    }

    int size() {
      return size;
    }

    private void grow() {
      int n = id.length * 2;
      id = Arrays.copyOf(id, n);
      at = Arrays.copyOf(at, n);
      who = Arrays.copyOf(who, n);
      kind = Arrays.copyOf(kind, n);
      channel = Arrays.copyOf(channel, n);
      flags = Arrays.copyOf(flags, n);
    }

    /**
     * The rows in time order. Rows come in id order, so a stable sort by time keeps events of the
     * same second in the order they were stored; an import is mostly in time order already, and a
     * logged event is mostly the latest, so the check usually finds nothing to sort.
     */
    EventColumns build() {
      int[] order = TimeOrder.isSorted(at, size) ? null : TimeOrder.sortedRows(at, size);
      return new EventColumns(this, order);
    }
  }
}
