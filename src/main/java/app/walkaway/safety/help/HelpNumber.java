package app.walkaway.safety.help;

import java.util.Objects;

/**
 * One number of a line.
 *
 * @param number as the service writes it, e.g. {@code 0808 2000 247}
 * @param means call, text, text telephone or WhatsApp
 * @param message what to send first when texting, e.g. {@code START}, or ""
 */
public record HelpNumber(String number, Means means, String message) {
  public HelpNumber {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(means, "means");
    Objects.requireNonNull(message, "message");
  }

  /** The digits alone, to compare numbers written with different spacing. */
  public String digits() {
    return number.replaceAll("[^0-9]", "");
  }
}
