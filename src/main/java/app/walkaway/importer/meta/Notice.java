package app.walkaway.importer.meta;

import app.walkaway.event.Kind;
import java.util.Optional;

/**
 * Meta's English notices that arrive as ordinary message text (FORMATS §3.3, after chat-miner's
 * InstagramJsonParser): what kind of entry they stand for and what text to keep. An empty kind
 * means a notice that is not contact between them (poll updates) and becomes a system line.
 *
 * @param kind what the text stands for; MESSAGE when it is not a notice
 * @param text the words to keep
 */
record Notice(Optional<Kind> kind, String text) {
  private static final String REACTED = " reacted ";
  private static final String TO_MESSAGE = " to your message";

  static Notice of(String content) {
    String c = content.strip();
    if (c.endsWith("sent an attachment.") || c.endsWith("sent a photo.")) {
      return new Notice(Optional.of(Kind.MEDIA), "");
    }
    if (c.endsWith("liked a message") || c.equals("Liked a message")) {
      return new Notice(Optional.of(Kind.REACTION), "");
    }
    // "Anna reacted 😂 to your message" (Messenger) or "Reacted 😂 to your message" (Instagram)
    int to = c.length() - TO_MESSAGE.length();
    if (to > 0 && c.regionMatches(true, to, TO_MESSAGE, 0, TO_MESSAGE.length())) {
      int from = reactedEnd(c);
      if (from >= 0 && from <= to) {
        return new Notice(Optional.of(Kind.REACTION), c.substring(from, to).strip());
      }
    }
    if (c.contains("created a poll: ")) {
      return new Notice(Optional.of(Kind.POLL), c.substring(c.indexOf("created a poll: ") + 16));
    }
    if (c.endsWith("in the poll.")
        || c.equals("This poll is no longer available.")
        || c.endsWith("'s poll has multiple updates.")) {
      return new Notice(Optional.empty(), "");
    }
    return new Notice(Optional.of(Kind.MESSAGE), content);
  }

  /** Where the emoji starts after "reacted " at the start or after a space; -1 if absent. */
  private static int reactedEnd(String c) {
    String word = REACTED.substring(1);
    if (c.regionMatches(true, 0, word, 0, word.length())) {
      return word.length();
    }
    for (int i = c.indexOf(' '); i >= 0; i = c.indexOf(' ', i + 1)) {
      if (c.regionMatches(true, i, REACTED, 0, REACTED.length())) {
        return i + REACTED.length();
      }
    }
    return -1;
  }
}
