package app.walkaway.importer.whatsapp;

import app.walkaway.importer.Author;
import app.walkaway.importer.Names;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a sender as written into an {@link Author}, once per distinct spelling (FORMATS §1.5): bidi
 * controls and direction marks removed, NBSP/NNBSP shown as spaces and U+2011 as '-', and the "~ "
 * that marks a non-contact dropped. A would-be sender that is really the start of a group event
 * ("Ann changed the subject from "A", see {@link SystemTexts}) is remembered as such.
 *
 * <p>Most chats have two senders, so the last few are compared in place, char by char, before any
 * string is built: this runs once per message.
 */
final class AuthorNames {
  private static final int RECENT = 8;
  private static final Optional<Author> EVENT = Optional.empty();

  private final Map<String, Optional<Author>> seen = new HashMap<>();
  private final char[][] recentRaw = new char[RECENT][]; // arrays, not strings: no charAt calls
  private final Optional<Author>[] recentAuthor = newArray();
  private int next;

  @SuppressWarnings("unchecked")
  private static Optional<Author>[] newArray() {
    return (Optional<Author>[]) new Optional<?>[RECENT];
  }

  /** Where the name read by the last {@link #sender} ends, or -1 when that line had none. */
  private int nameEnd = -1;

  /**
   * The sender of a header line whose text after the header is {@code s[from, to)}: the name before
   * its first ": " (FORMATS §1.5, first wins), or before a final ':' when the body is empty
   * ("Amazon EG:"); null for a notice, which has no name, and for the start of a group event.
   * {@link #nameEnd()} then tells where the name ended. A name seen lately followed by ": " is
   * taken without searching the line: such a name holds no ": " itself (it was cut at the first
   * one), so the search would stop right there.
   */
  Author sender(char[] s, int from, int to) {
    for (int i = 0; i < RECENT; i++) {
      char[] raw = recentRaw[i];
      if (raw != null) {
        int end = from + raw.length;
        if (end + 1 < to && s[end] == ':' && s[end + 1] == ' ' && sameChars(raw, s, from)) {
          nameEnd = end;
          return recentAuthor[i].orElse(null);
        }
      }
    }
    nameEnd = MessageText.authorEnd(s, from, to);
    return nameEnd <= from ? null : find(s, from, nameEnd).orElse(null);
  }

  int nameEnd() {
    return nameEnd;
  }

  /** The author written in {@code s[from, to)}; empty when it is the start of a group event. */
  Optional<Author> find(char[] s, int from, int to) {
    int len = to - from;
    for (int i = 0; i < RECENT; i++) {
      char[] raw = recentRaw[i];
      if (raw != null && raw.length == len && sameChars(raw, s, from)) {
        return recentAuthor[i];
      }
    }
    String raw = new String(s, from, len);
    Optional<Author> author = seen.computeIfAbsent(raw, AuthorNames::resolve);
    recentRaw[next] = Arrays.copyOfRange(s, from, to);
    recentAuthor[next] = author;
    next = (next + 1) % RECENT;
    return author;
  }

  private static Optional<Author> resolve(String raw) {
    return SystemTexts.isEventAuthor(raw) ? EVENT : Optional.of(Author.named(displayName(raw)));
  }

  private static boolean sameChars(char[] raw, char[] s, int from) {
    for (int i = raw.length - 1; i >= 0; i--) {
      if (raw[i] != s[from + i]) {
        return false;
      }
    }
    return true;
  }

  static String displayName(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (Names.isInvisible(c)) {
        continue;
      }
      out.append(c == '\u00A0' || c == '\u202F' ? ' ' : c == '\u2011' ? '-' : c);
    }
    String name = out.toString().strip();
    if (name.startsWith("~")) {
      name = name.substring(1).strip();
    }
    return name;
  }
}
