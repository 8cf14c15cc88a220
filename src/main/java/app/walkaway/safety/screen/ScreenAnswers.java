package app.walkaway.safety.screen;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Her answers: one reply for every question, and anything else she wants to say.
 *
 * @param replies a reply for each {@link Question}
 * @param anythingElse in her words, or ""
 */
public record ScreenAnswers(Map<Question, Reply> replies, String anythingElse) {
  public ScreenAnswers {
    Objects.requireNonNull(anythingElse, "anythingElse");
    EnumMap<Question, Reply> copy = new EnumMap<>(Question.class);
    copy.putAll(replies);
    for (Question question : Question.values()) {
      if (copy.get(question) == null) {
        throw new IllegalArgumentException("no reply to " + question);
      }
    }
    replies = Map.copyOf(copy);
  }

  public Reply reply(Question question) {
    return replies.get(question);
  }
}
