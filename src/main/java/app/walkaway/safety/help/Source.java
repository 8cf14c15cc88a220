package app.walkaway.safety.help;

import java.util.Objects;

/**
 * Where a line was confirmed.
 *
 * @param url the official page: a government's, or the service's own
 * @param checked when it was read, and how (e.g. "2026-12-07 (stored copy)")
 * @param confirms what the page says, in short
 */
public record Source(String url, String checked, String confirms) {
  public Source {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(checked, "checked");
    Objects.requireNonNull(confirms, "confirms");
  }
}
