package app.walkaway.safety.help;

import java.util.List;
import java.util.Objects;

/**
 * One service and its numbers.
 *
 * @param country ISO 3166 code such as {@code GB}, or {@code EU} for a number shared by the EU
 * @param service its name, as the service itself writes it
 * @param purpose what it is for
 * @param numbers at least one
 * @param hours when it answers, as the source states it, or "" when the source does not say
 * @param note a short caution from the source (e.g. where the number does not reach), or ""
 * @param sources the official pages it was confirmed on, at least one
 */
public record HelpLine(
    String country,
    String service,
    Purpose purpose,
    List<HelpNumber> numbers,
    String hours,
    String note,
    List<Source> sources) {
  public HelpLine {
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(purpose, "purpose");
    numbers = List.copyOf(numbers);
    Objects.requireNonNull(hours, "hours");
    Objects.requireNonNull(note, "note");
    sources = List.copyOf(sources);
  }

  public boolean isEmergency() {
    return purpose == Purpose.EMERGENCY;
  }
}
