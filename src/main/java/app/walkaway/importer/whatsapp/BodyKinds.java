package app.walkaway.importer.whatsapp;

import app.walkaway.event.Kind;

/**
 * Sorts an authored body into a {@link Kind} or a system line (FORMATS §1.6-1.8). Placeholders are
 * matched on the whole first line, so ordinary words ("I added sugar", "the message was deleted?")
 * never count. Cheap tests come first: most bodies are plain text and leave after a few char
 * checks.
 */
final class BodyKinds {
  private static final String POLL = "POLL:";

  private final Markers markers = Markers.INSTANCE;
  private final boolean markMeansSystem;
  private final boolean oldAndroidEvents;

  /**
   * @param markMeansSystem true for iPhone exports, where a body opening with U+200E/U+200F is a
   *     placeholder or a system notice, never typed text (FORMATS §1.6)
   */
  BodyKinds(boolean markMeansSystem) {
    this(markMeansSystem, false);
  }

  /**
   * @param oldAndroidEvents true for 2013 Android exports, which attribute group events to the
   *     exporter (see {@link SystemTexts#isOldAndroidEvent})
   */
  BodyKinds(boolean markMeansSystem, boolean oldAndroidEvents) {
    this.markMeansSystem = markMeansSystem;
    this.oldAndroidEvents = oldAndroidEvents;
  }

  Body classify(String raw) {
    return classify(raw, 0);
  }

  /**
   * @param hints what is known about {@code raw} without searching it ({@link MessageText#hints}):
   *     a known body opens with no mark, a known one-line body needs no search for line breaks, and
   *     one without a ':' holds no link
   */
  Body classify(String raw, int hints) {
    boolean known = (hints & MessageText.KNOWN) != 0;
    int skip = known ? 0 : leadingMarks(raw);
    String body = skip == 0 ? raw : raw.substring(skip);
    int nl = known && (hints & MessageText.LINES) == 0 ? -1 : body.indexOf('\n');
    String first = nl < 0 ? body : body.substring(0, nl);
    int lines = nl < 0 ? 1 : lines(body);
    if (lines > 1 && isWrappedAttachment(first, body, lines)) {
      return new Body.Item(Kind.MEDIA, "");
    }
    boolean mayLink = !known || (hints & MessageText.COLON) != 0;
    Kind kind = special(strip(first), body, lines, mayLink);
    if (kind != null) {
      return new Body.Item(kind, textFor(kind, body, nl));
    }
    if (skip > 0 && startsWithMissedCall(first)) {
      return new Body.Item(Kind.MISSED_CALL, "");
    }
    if (isNotice(first)
        || (skip > 0 && markMeansSystem)
        || (oldAndroidEvents && SystemTexts.isOldAndroidEvent(body))) {
      return Body.SystemLine.INSTANCE;
    }
    return new Body.Item(Kind.MESSAGE, body);
  }

  /**
   * Whether the text is certainly typed text that {@link #classify} would keep whole as a message,
   * told from its hints and a few chars alone (the ends of the text and of its first line, whose
   * placeholders decide), so that a reader who wants no texts need not build the string, and none
   * need classify it. False means only "ask classify".
   */
  boolean isPlain(MessageText text) {
    int hints = text.hints();
    int length = text.length();
    if ((hints & MessageText.KNOWN) == 0
        || (hints & MessageText.COLON) != 0 // a link, a location, "POLL:"
        || length == 0
        || oldAndroidEvents) {
      return false;
    }
    int firstEnd = text.firstLineEnd();
    if (firstEnd == 0) {
      return false;
    }
    char first = text.charAt(0);
    char firstLast = text.charAt(firstEnd - 1);
    char last = text.charAt(length - 1);
    return notSpace(first) // nothing to strip before matching placeholders
        && notSpace(firstLast)
        && notSpace(last) // nothing to trim; spaces end no placeholder either
        && last != '>' // edit notes, wrapped attachments
        && firstLast != '>' // attachments, "<Media omitted>"
        && firstLast != ')' // attachments of older exports
        && (firstEnd > 120 || !markers.mightBeExact(first, firstLast, firstEnd))
        && (firstEnd < 24 || !markers.mightBeNotice(first));
  }

  private static boolean notSpace(char c) {
    return c > ' ' && (c < 0x7F || !Character.isWhitespace(c));
  }

  /** {@link String#strip()}, without its code point walk when the ends are plainly not spaces. */
  private static String strip(String s) {
    if (s.isEmpty()
        || (plainlyNotSpace(s.charAt(0)) && plainlyNotSpace(s.charAt(s.length() - 1)))) {
      return s;
    }
    return s.strip();
  }

  /**
   * Visible ASCII, or half of a surrogate pair: every whitespace code point is in the BMP, so an
   * emoji at either end is not one. Anything else goes to {@link String#strip()} to decide.
   */
  private static boolean plainlyNotSpace(char c) {
    return (c > ' ' && c < 0x7F) || Character.isSurrogate(c);
  }

  /**
   * An attachment line wrapped over a few lines ("<attached: 0035-PHOTO-2022-03-2" / "7.jpg>",
   * FORMATS §1.9, wa20): joined back, it must read as an attachment.
   */
  private boolean isWrappedAttachment(String first, String body, int lines) {
    return lines <= 4
        && first.startsWith("<")
        && body.endsWith(">")
        && Attachments.isAttachment(body.replace("\n", ""), markers);
  }

  /** {@code nl} is where the first line ends in {@code body}, or -1 for a one-line body. */
  private static String textFor(Kind kind, String body, int nl) {
    return switch (kind) {
      case MEDIA, POLL -> nl < 0 ? "" : body.substring(nl + 1);
      case DELETED, MISSED_CALL -> "";
      default -> body;
    };
  }

  private Kind special(String first, String body, int lines, boolean mayLink) {
    if (first.isEmpty() || first.length() > 300) {
      return null;
    }
    if (first.length() <= 120 && markers.mightBeExact(first)) {
      Kind exact = exact(first);
      if (exact != null) {
        return exact;
      }
    }
    if (lines <= 3
        && mayLink
        && body.indexOf("://") > 0
        && Locations.isLocation(first, body, lines, markers)) {
      return Kind.LOCATION;
    }
    char last = first.charAt(first.length() - 1);
    if ((last == '>' || last == ')') && Attachments.isAttachment(first, markers)) {
      return Kind.MEDIA;
    }
    return null;
  }

  private Kind exact(String first) {
    if (markers.media.contains(first)) {
      return Kind.MEDIA;
    }
    if (markers.deleted.contains(first)) {
      return Kind.DELETED;
    }
    if (markers.missedCalls.contains(first)) {
      return Kind.MISSED_CALL;
    }
    if (markers.liveLocation.contains(first)) {
      return Kind.LOCATION;
    }
    return first.equals(POLL) ? Kind.POLL : null;
  }

  /**
   * Newer iPhone exports add a hint after the call ("Missed voice call, Tap to call back"); only
   * marked bodies are checked, so typed text starting with those words stays text.
   */
  private boolean startsWithMissedCall(String first) {
    for (String call : markers.missedCalls) {
      if (first.length() > call.length()
          && first.startsWith(call)
          && !Character.isLetterOrDigit(first.charAt(call.length()))) {
        return true;
      }
    }
    return false;
  }

  /** Encryption and security-code notices, which iPhone attributes to a person (§1.6). */
  private boolean isNotice(String first) {
    if (first.length() < 24 || !markers.mightBeNotice(first.charAt(0))) {
      return false;
    }
    for (String notice : markers.encryptionNotices) {
      if (first.startsWith(notice)) {
        return true;
      }
    }
    return false;
  }

  private static int leadingMarks(String s) {
    int i = 0;
    while (i < s.length() && (s.charAt(i) == '\u200E' || s.charAt(i) == '\u200F')) {
      i++;
    }
    return i;
  }

  private static int lines(String body) {
    int n = 1;
    for (int i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) {
      n++;
    }
    return n;
  }
}
