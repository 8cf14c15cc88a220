package app.walkaway.safety.screen;

import java.util.EnumMap;
import java.util.Map;

/** Given-helpers: answers that are all "no" except those named. */
final class Answers {
  private final Map<Question, Reply> replies = new EnumMap<>(Question.class);
  private String anythingElse = "";

  private Answers() {
    for (Question question : Question.values()) {
      replies.put(question, Reply.NO);
    }
  }

  static Answers allNo() {
    return new Answers();
  }

  Answers yes(Question... questions) {
    return set(Reply.YES, questions);
  }

  Answers notSure(Question... questions) {
    return set(Reply.NOT_SURE, questions);
  }

  Answers saying(String text) {
    anythingElse = text;
    return this;
  }

  ScreenAnswers build() {
    return new ScreenAnswers(replies, anythingElse);
  }

  private Answers set(Reply reply, Question... questions) {
    for (Question question : questions) {
      replies.put(question, reply);
    }
    return this;
  }
}
