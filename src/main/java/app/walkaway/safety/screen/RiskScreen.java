package app.walkaway.safety.screen;

import java.util.Arrays;
import java.util.List;

/**
 * Turns her answers into a {@link ScreenResult}. One critical "yes" is enough for "talk to a
 * specialist now": the instruments it is informed by treat threats to kill, weapons, strangling and
 * her own belief that he could kill her as signs of lethal danger on their own. "Not sure" is never
 * read as "no": it is listed back to her, but it alone does not raise the alarm, because a screen
 * that cries wolf at every doubt teaches her to skip it; the message says an advocate can help her
 * think those through.
 */
public final class RiskScreen {
  private RiskScreen() {}

  public static ScreenResult assess(ScreenAnswers answers) {
    List<Question> critical = answered(answers, Reply.YES, true);
    List<Question> concerns = answered(answers, Reply.YES, false);
    List<Question> unsure =
        Arrays.stream(Question.values()).filter(q -> answers.reply(q) == Reply.NOT_SURE).toList();
    return critical.isEmpty()
        ? new ScreenResult.Concerns(concerns, unsure, answers.anythingElse())
        : new ScreenResult.SpecialistNow(critical, concerns, unsure, answers.anythingElse());
  }

  private static List<Question> answered(ScreenAnswers answers, Reply reply, boolean critical) {
    return Arrays.stream(Question.values())
        .filter(q -> q.isCritical() == critical && answers.reply(q) == reply)
        .toList();
  }
}
