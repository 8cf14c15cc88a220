package app.walkaway.safety.screen;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Questions the read-out's red flags suggest a "yes" for; she confirms or changes each one. Takes
 * red-flag kinds by label (threat, stalking, self-harm, showed-up, call-flood, boundary-ignored,
 * pressure); labels it does not know suggest nothing. A word read as a threat suggests the threat
 * question but is never taken as her answer: "you'll regret this" is not always a threat to kill.
 */
public final class Prefill {
  private static final Map<String, Question> BY_KIND =
      Map.of(
          "threat", Question.THREAT_TO_KILL,
          "stalking", Question.STALKING,
          "showed-up", Question.STALKING,
          "call-flood", Question.STALKING,
          "boundary-ignored", Question.STALKING,
          "self-harm", Question.SUICIDE_THREATS,
          "pressure", Question.CONTROLLING_JEALOUSY);

  private Prefill() {}

  /** For each suggested question, the red-flag kinds that suggest it, sorted. */
  public static Map<Question, Set<String>> suggest(Collection<String> redFlagKinds) {
    Map<Question, Set<String>> suggested = new EnumMap<>(Question.class);
    for (String kind : redFlagKinds) {
      String label = kind.strip().toLowerCase(Locale.ROOT).replace('_', '-');
      Question question = BY_KIND.get(label);
      if (question != null) {
        suggested.computeIfAbsent(question, q -> new TreeSet<>()).add(label);
      }
    }
    return suggested;
  }
}
