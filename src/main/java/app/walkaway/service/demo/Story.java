package app.walkaway.service.demo;

import app.walkaway.service.LogRequest;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * An invented story, ready to store: the chat (to import as a WhatsApp export, as she would) and
 * what she logged by hand.
 *
 * @param her her name as the chat shows it
 * @param him his name as the chat shows it, and what she calls him in her plan
 * @param start the day she stepped back
 * @param chat every message, oldest first
 * @param logged what no export holds (calls, a story view, urges, a slip, notes), oldest first
 */
record Story(
    String her, String him, LocalDate start, List<ChatLine> chat, List<LogRequest> logged) {
  Story {
    Objects.requireNonNull(her, "her");
    Objects.requireNonNull(him, "him");
    Objects.requireNonNull(start, "start");
    chat = chat.stream().sorted(Comparator.comparing(ChatLine::at)).toList();
    logged =
        logged.stream()
            .sorted(Comparator.comparing(request -> request.at().orElseThrow()))
            .toList();
  }
}
