package app.walkaway.web.view;

import java.util.Objects;
import java.util.Optional;

/**
 * What every page's frame shows: the app's name (hers, if she chose a discreet one), which page is
 * open, whether this is the demo, and after how many idle seconds the page hides itself.
 *
 * @param appName the name in the top bar and the window title
 * @param discreet true when she chose her own name: then the window title never names the page
 * @param current the open page, or empty on pages outside the navigation (unlock, first run)
 * @param demo true when serving the throwaway demo vault
 * @param idleSeconds after this long without her touching the page, it locks itself
 * @param csrf the token every form that changes something sends back (a hidden field named "csrf",
 *     and the X-CSRF-Token header on htmx requests)
 */
public record Shell(
    String appName,
    boolean discreet,
    Optional<Section> current,
    boolean demo,
    long idleSeconds,
    String csrf) {
  public static final String DEFAULT_NAME = "Walkaway";

  public Shell {
    Objects.requireNonNull(appName, "appName");
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(csrf, "csrf");
  }

  /** The header htmx adds to every request it makes, as the JSON its hx-headers reads. */
  public String csrfHeaders() {
    return "{\"X-CSRF-Token\": \"" + csrf + "\"}";
  }

  /** The window title: never more revealing than the name she chose. */
  public String windowTitle() {
    if (discreet || current.isEmpty()) {
      return appName;
    }
    return current.get().label() + " · " + appName;
  }

  /** True when {@code section} is the open page (for the navigation's aria-current). */
  public boolean isCurrent(Section section) {
    return current.filter(section::equals).isPresent();
  }

  /** The same frame, opened at another page. */
  public Shell at(Section section) {
    return new Shell(appName, discreet, Optional.of(section), demo, idleSeconds, csrf);
  }
}
