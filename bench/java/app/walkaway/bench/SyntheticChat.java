package app.walkaway.bench;

import java.time.LocalDateTime;
import java.util.SplittableRandom;

/**
 * A deterministic stream of plausible chat messages between two people: conversations of a few to a
 * few dozen messages, minutes apart inside a conversation and hours to days apart between them,
 * texts of everyday length with some emoji, line breaks, media and deleted messages. The same seed
 * always gives the same chat, so benchmark inputs are reproducible without being committed.
 */
final class SyntheticChat {
  static final String HER = "Maya Lindqvist";
  static final String HIM = "Sam";

  private static final String[] WORDS = {
    "home",
    "later",
    "tonight",
    "work",
    "coffee",
    "tired",
    "train",
    "dinner",
    "weekend",
    "call",
    "movie",
    "sister",
    "busy",
    "meeting",
    "walk",
    "rain",
    "sunny",
    "plans",
    "tomorrow",
    "gym",
    "book",
    "music",
    "kitchen",
    "dog",
    "market",
    "bus",
    "late",
    "early",
    "lunch",
    "friends",
    "really",
    "maybe",
    "sure",
    "okay",
    "great",
    "funny",
    "sorry",
    "thanks",
    "soon",
    "again",
    "the",
    "a",
    "and",
    "to",
    "you",
    "I",
    "we",
    "it",
    "is",
    "was",
    "at",
    "on",
    "for",
    "with",
    "just",
    "so",
    "what",
    "how",
    "did",
    "are",
    "have",
    "going",
    "think",
    "know",
    "want",
    "see"
  };
  private static final String[] EMOJI = {"😊", "😂", "❤️", "👍", "🙈", "👩🏻‍⚖️", "🎉", "😴"};

  /** What one generated item is. */
  enum Shape {
    TEXT,
    MULTILINE,
    MEDIA,
    DELETED
  }

  /** One generated item. */
  record Message(LocalDateTime at, boolean fromHer, Shape shape, String text) {}

  private final SplittableRandom random;
  // About 200 messages a day: a million messages span some nineteen years, ending before today.
  private LocalDateTime clock = LocalDateTime.of(2006, 1, 6, 9, 0);
  private int leftInConversation;
  private boolean herTurn;

  SyntheticChat(long seed) {
    this.random = new SplittableRandom(seed);
  }

  Message next() {
    if (leftInConversation == 0) {
      leftInConversation = 5 + random.nextInt(75);
      clock = clock.plusMinutes(90 + random.nextInt(390));
      herTurn = random.nextInt(100) < 60;
    } else {
      clock = clock.plusSeconds(5 + random.nextInt(random.nextInt(10) == 0 ? 1800 : 240));
      if (random.nextInt(100) < 55) {
        herTurn = !herTurn;
      }
    }
    leftInConversation--;
    return new Message(clock, herTurn, shape(), "");
  }

  private Shape shape() {
    int roll = random.nextInt(1000);
    if (roll < 30) {
      return Shape.MEDIA;
    }
    if (roll < 35) {
      return Shape.DELETED;
    }
    return roll < 80 ? Shape.MULTILINE : Shape.TEXT;
  }

  /** A sentence of everyday length (a few words, sometimes an emoji). */
  String sentence() {
    int words = 1 + random.nextInt(random.nextInt(4) == 0 ? 14 : 6);
    StringBuilder text = new StringBuilder(words * 6);
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        text.append(' ');
      }
      text.append(WORDS[random.nextInt(WORDS.length)]);
    }
    if (random.nextInt(8) == 0) {
      text.append(' ').append(EMOJI[random.nextInt(EMOJI.length)]);
    }
    return text.toString();
  }

  /** The body for a text or multi-line message, lines joined with {@code \n}. */
  String body(Shape shape) {
    if (shape != Shape.MULTILINE) {
      return sentence();
    }
    return sentence() + "\n" + sentence() + (random.nextBoolean() ? "\n\n" + sentence() : "");
  }
}
