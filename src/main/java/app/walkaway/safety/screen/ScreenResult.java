package app.walkaway.safety.screen;

import java.util.ArrayList;
import java.util.List;

/**
 * What the screen says. Never a score, a percentage or a "low risk" label: either talk to a
 * specialist now, or the concerns she reported. Both always carry which answers led to the message;
 * the fixed cautions (fewer signs does not mean safe, screen again after any new incident, not a
 * validated instrument, informed by {@link InformedBy}) are worded by the edge.
 */
public sealed interface ScreenResult permits ScreenResult.SpecialistNow, ScreenResult.Concerns {
  /** Critical questions she answered yes, in question order. */
  List<Question> critical();

  /** Other questions she answered yes, in question order. */
  List<Question> concerns();

  /** Questions she was not sure about, in question order. */
  List<Question> unsure();

  /** What she added in her own words, or "". */
  String anythingElse();

  /** The answers that led to the message: critical first, then the other yeses. */
  default List<Question> ledToMessage() {
    List<Question> led = new ArrayList<>(critical());
    led.addAll(concerns());
    return List.copyOf(led);
  }

  /** At least one critical answer: talk to a specialist now, with her country's numbers. */
  record SpecialistNow(
      List<Question> critical, List<Question> concerns, List<Question> unsure, String anythingElse)
      implements ScreenResult {
    public SpecialistNow {
      critical = List.copyOf(critical);
      concerns = List.copyOf(concerns);
      unsure = List.copyOf(unsure);
      if (critical.isEmpty()) {
        throw new IllegalArgumentException("a specialist-now result needs a critical answer");
      }
    }
  }

  /** No critical answer: the concerns she reported, possibly none. */
  record Concerns(List<Question> concerns, List<Question> unsure, String anythingElse)
      implements ScreenResult {
    public Concerns {
      concerns = List.copyOf(concerns);
      unsure = List.copyOf(unsure);
    }

    @Override
    public List<Question> critical() {
      return List.of();
    }
  }
}
