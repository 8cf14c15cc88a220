package app.walkaway.importer.whatsapp;

import app.walkaway.event.Questions;
import app.walkaway.importer.Limits;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The text of the message being read: the body after "Name: " on its header line, then each
 * continuation line after a {@code \n} (FORMATS §1.9). Copied out of the line buffer, which the
 * next line reuses, into one reused char array; the message's only string is built once it is
 * complete.
 */
final class MessageText {
  private static final String EDITED = "<This message was edited>";

  /**
   * The most chars a message keeps ({@link Limits#MAX_TEXT_CHARS}); the rest is dropped and counted
   * ({@link #dropped()}). Only a damaged or hostile file reaches it: a million lines of "continued"
   * text would otherwise gather into one string of any size. A single line is never longer ({@link
   * LineReader#MAX_LINE_BYTES} bytes are at most as many chars), so only continuation lines can
   * reach it.
   */
  static final int MAX_CHARS = Limits.MAX_TEXT_CHARS;

  /**
   * {@link #hints()} bits. KNOWN: the text does not open with a direction mark, and its chars were
   * looked at; then LINES: it has more than one line ({@link #firstLineEnd()} tells where the first
   * ends); QUESTION and COLON: it holds a question mark (in any script, {@link Questions}) or a
   * ':'. Trimming (spaces, empty lines, the edit note) removes none of them. Without KNOWN, nothing
   * is known.
   */
  static final int KNOWN = 1;

  static final int QUESTION = 2;
  static final int COLON = 4;
  static final int LINES = 8;

  /** The hint each ASCII char gives on its own: a line break, a ':' or a '?'. */
  private static final byte[] ASCII_HINTS = new byte[0x80];

  static {
    ASCII_HINTS['\n'] = LINES;
    ASCII_HINTS[':'] = COLON;
    ASCII_HINTS['?'] = QUESTION;
  }

  private static final long QUESTIONS = 0x0101010101010101L * '?';
  private static final long COLONS = 0x0101010101010101L * ':';

  /** The text when it is one ASCII line taken from the line's bytes ({@link #inBytes}). */
  private byte[] bytes = new byte[256];

  private char[] chars = new char[256];
  private int length;
  private boolean inBytes;
  private boolean edited;
  private int hints;
  private int firstLineEnd;

  /** Whether {@link #hints} is up to date; char texts are looked at only when asked. */
  private boolean looked;

  /** Chars past {@link #MAX_CHARS} left out of this message. */
  private long dropped;

  /**
   * Where the author ends in {@code s[from, to)}: the first ": " (FORMATS §1.5, first wins), or a
   * final ':' for a sender with an empty body ("Amazon EG:"); -1 when there is no author (a
   * notice).
   */
  static int authorEnd(char[] s, int from, int to) {
    for (int i = from; i + 1 < to; i++) {
      if (s[i] == ':' && s[i + 1] == ' ') {
        return i;
      }
    }
    return to - from > 1 && s[to - 1] == ':' ? to - 1 : -1;
  }

  /** Starts a message whose first line of text is {@code s[from, to)}. */
  void start(char[] s, int from, int to) {
    length = 0;
    inBytes = false;
    looked = false;
    dropped = 0;
    append(s, from, to);
  }

  /**
   * Starts a message whose first line of text is {@code [from, to)} of the current line of {@code
   * lines}. An ASCII text that ends the line is kept as its bytes: most messages are one such line,
   * and its string (if it is wanted at all) is then made straight from them, without widening them
   * to chars and narrowing them back.
   */
  void start(LineReader lines, int from, int to) {
    int n = to - from;
    if (n > 0 && to == lines.end() && n <= lines.asciiTail()) {
      if (bytes.length < n) {
        bytes = new byte[Math.max(n, bytes.length * 2)];
      }
      System.arraycopy(lines.bytes(), lines.byteEnd() - n, bytes, 0, n);
      length = n;
      inBytes = true;
      dropped = 0;
      hints = look(bytes, 0, n);
      firstLineEnd = n;
      looked = true;
    } else {
      start(lines.chars(), from, to);
    }
  }

  /** Adds a continuation line, or as much of it as {@link #MAX_CHARS} leaves room for. */
  void appendLine(char[] s, int from, int to) {
    unfold();
    looked = false;
    if (length < chars.length || room(1) == 1) {
      chars[length++] = '\n';
      append(s, from, to);
    } else {
      dropped += to - from;
    }
  }

  /** Chars left out of this message past {@link #MAX_CHARS}; 0 for any real message. */
  long dropped() {
    return dropped;
  }

  /**
   * The body without trailing spaces and empty lines (blank lines inside stay) and without the note
   * WhatsApp appends to edited messages; {@link #edited()} tells whether there was one.
   */
  String text() {
    if (inBytes) {
      byte last = bytes[length - 1]; // never empty
      if (last != ' ' && last != '>') {
        edited = false;
        return new String(bytes, 0, length, StandardCharsets.ISO_8859_1); // nothing to trim
      }
      unfold();
    }
    int end = trimmedEnd(length);
    edited = endsWithEdited(end);
    if (edited) {
      end = trimmedEnd(end - EDITED.length());
    }
    return new String(chars, 0, end);
  }

  /** What is known about the text (see {@link #KNOWN}); 0 when nothing. */
  int hints() {
    if (!looked) {
      hints = lookAtChars();
      looked = true;
    }
    return hints;
  }

  /**
   * The text's length before trimming, and its chars there: with {@link #hints()}, enough for
   * {@link BodyKinds#isPlain} to tell a plain message without the text's string.
   */
  int length() {
    return length;
  }

  char charAt(int i) {
    return inBytes ? (char) (bytes[i] & 0xFF) : chars[i];
  }

  /**
   * The hints for ASCII bytes {@code b[from, to)}: one pass, eight bytes at a time, where the body
   * kinds and the question test would each search the string again (a call and a loop per search
   * under the first JIT tier). The zero-byte trick (Hacker's Delight 6-1) tells whether a word
   * holds the byte at all, which is all that is asked here.
   */
  private static int look(byte[] b, int from, int to) {
    long question = 0;
    long colon = 0;
    int i = from;
    for (; i + 8 <= to; i += 8) {
      long word = Utf8Bytes.word(b, i);
      question |= zeroByte(word ^ QUESTIONS);
      colon |= zeroByte(word ^ COLONS);
    }
    if (i < to && to - from >= 8) {
      long word = Utf8Bytes.word(b, to - 8); // the last bytes, overlapping ones already seen
      question |= zeroByte(word ^ QUESTIONS);
      colon |= zeroByte(word ^ COLONS);
    } else {
      for (; i < to; i++) {
        question |= b[i] == '?' ? 1 : 0;
        colon |= b[i] == ':' ? 1 : 0;
      }
    }
    return KNOWN | (question != 0 ? QUESTION : 0) | (colon != 0 ? COLON : 0);
  }

  /** Where the first line of the text ends: its length when it has one line. */
  int firstLineEnd() {
    hints();
    return firstLineEnd;
  }

  /**
   * The hints for a text held as chars: one loop, where the searches would each walk it again. An
   * ASCII char's hint comes from a table, so a letter costs no test for each sign looked for.
   */
  private int lookAtChars() {
    char[] c = chars;
    int n = length;
    firstLineEnd = n;
    if ((n > 0 && (c[0] == '\u200E' || c[0] == '\u200F')) || dropped > 0) {
      return 0; // a cut text is never plain, so the emitter notes it (Emitter#flush)
    }
    int found = KNOWN;
    for (int i = 0; i < n; i++) {
      char ch = c[i];
      if (ch < 0x80) {
        found |= ASCII_HINTS[ch];
      } else if (Questions.isMark(ch)) {
        found |= QUESTION;
      }
    }
    if ((found & LINES) != 0) {
      int i = 0;
      while (c[i] != '\n') {
        i++;
      }
      firstLineEnd = i;
    }
    return found;
  }

  private static long zeroByte(long x) {
    return (x - 0x0101010101010101L) & ~x & Utf8Bytes.HIGHS;
  }

  /** Whether the last {@link #text()} had the edit note removed. */
  boolean edited() {
    return edited;
  }

  /** Moves a text held as bytes into the char buffer, to be added to or trimmed there. */
  private void unfold() {
    if (inBytes) {
      inBytes = false;
      ensure(length);
      for (int i = 0; i < length; i++) {
        chars[i] = (char) (bytes[i] & 0xFF);
      }
    }
  }

  private void append(char[] s, int from, int to) {
    int n = to - from;
    if (length + n > chars.length) {
      n = room(n);
    }
    System.arraycopy(s, from, chars, length, n);
    length += n;
  }

  /**
   * Grows the chars for {@code n} more, but not past {@link #MAX_CHARS}; returns how many of them
   * fit, counting the others as dropped. Asked only where the array would grow, so a real message
   * pays nothing for the cap.
   */
  private int room(int n) {
    long wanted = (long) length + n;
    if (wanted > MAX_CHARS) {
      dropped += wanted - MAX_CHARS;
      wanted = MAX_CHARS;
    }
    if (chars.length < wanted) {
      long grown = Math.max(wanted, Math.min(MAX_CHARS, chars.length * 2L));
      chars = Arrays.copyOf(chars, (int) grown);
    }
    return (int) wanted - length;
  }

  private void ensure(int capacity) {
    if (chars.length < capacity) {
      chars = Arrays.copyOf(chars, Math.max(capacity, chars.length * 2));
    }
  }

  private int trimmedEnd(int end) {
    while (end > 0 && (chars[end - 1] == '\n' || chars[end - 1] == ' ')) {
      end--;
    }
    return end;
  }

  private boolean endsWithEdited(int end) {
    int from = end - EDITED.length();
    if (from < 0 || chars[end - 1] != '>') {
      return false;
    }
    for (int i = 0; i < EDITED.length(); i++) {
      if (chars[from + i] != EDITED.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
