package app.walkaway.service.demo;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One message of the invented chat.
 *
 * @param at when it was sent, wall-clock time as a chat export writes it
 * @param mine true for hers, false for his
 * @param text the words, or WhatsApp's placeholder for a photo
 */
record ChatLine(LocalDateTime at, boolean mine, String text) {
  ChatLine {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(text, "text");
    if (text.isBlank() || text.contains("\n")) {
      throw new IllegalArgumentException("a demo message is one line of words: '" + text + "'");
    }
  }
}
