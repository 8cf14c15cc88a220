package app.walkaway.text;

import app.walkaway.signals.Behaviour;
import java.time.Duration;
import java.util.List;

/** A pattern in what he does, in one plain phrase: "3 calls from him within 18 minutes on ...". */
public final class PatternWords {
  private PatternWords() {}

  public static String summary(Behaviour b) {
    int n = b.events().size();
    return switch (b.kind()) {
      case CALL_BURST ->
          n + " calls from him within " + span(b.span()) + " on " + b.first().at().toLocalDate();
      case MESSAGE_FLOOD ->
          n
              + " messages from him in a row without a reply, within "
              + span(b.span())
              + " on "
              + b.first().at().toLocalDate();
      case LATE_NIGHT -> lateNights(b);
      case AFTER_BOUNDARY ->
          b.his().size()
              + " contacts from him after she asked him to stop on "
              + b.first().at().toLocalDate();
      case SHOWED_UP -> "he turned up in person " + times(n);
      case VIA_FRIENDS -> "he went through friends " + times(n);
    };
  }

  private static String lateNights(Behaviour b) {
    List<java.time.LocalDate> nights = b.days();
    Behaviour.Night hours = b.night().orElseThrow();
    return "contact from him between "
        + hours.start()
        + " and "
        + hours.end()
        + " on "
        + nights.size()
        + " nights ("
        + nights.get(0)
        + " to "
        + nights.get(nights.size() - 1)
        + ")";
  }

  /** "18 minutes" or "2 hours 5 minutes". */
  static String span(Duration d) {
    long hours = d.toHours();
    long minutes = d.toMinutesPart();
    String m = minutes == 1 ? "1 minute" : minutes + " minutes";
    return hours == 0 ? m : hours + (hours == 1 ? " hour " : " hours ") + m;
  }

  private static String times(int n) {
    return n == 1 ? "once" : n + " times";
  }
}
