package app.walkaway.signals.readout;

import java.util.List;

/** The read-out's own words: plain, warm, honest about what it can and cannot know. */
final class Wording {
  static final List<String> SAFETY =
      List.of(
          "Stepping back from someone who threatens or controls can make him more dangerous for a"
              + " while. Plan for your safety before you change anything he will notice.",
          "Keep the evidence: these messages and this log. Walkaway keeps them on this computer"
              + " only.",
          "Tell someone you trust what is happening, and think about staying with a friend for"
              + " now.",
          "If you are in danger right now, call your local emergency number (112 in most of"
              + " Europe, 999 in the UK, 911 in North America).");

  private Wording() {}

  static String headline(Outcome outcome, String name) {
    return switch (outcome) {
      case UNSAFE ->
          "Some of what "
              + name
              + " has said or done is a warning sign. Your safety comes before"
              + " any reading of his feelings.";
      case MOVING_ON ->
          name
              + " has said goodbye or that there is someone new. That is an answer, even when it"
              + " hurts.";
      case CHASING ->
          name
              + " is reaching for you more than before. Whether it lasts matters more than how"
              + " strong it is.";
      case INDIFFERENT ->
          name
              + " has not reached for you since you stepped back. That says something about him,"
              + " not about your worth.";
      case TOO_EARLY -> "It is too early to read " + possessive(name) + " response honestly.";
    };
  }

  private static String possessive(String name) {
    return name.equals("He") ? "his" : name + "'s";
  }
}
