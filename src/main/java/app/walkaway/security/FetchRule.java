package app.walkaway.security;

/**
 * Whether a request came from one of this app's own pages, read from what the browser says about
 * where a request comes from. Three headers, because none is always there:
 *
 * <ul>
 *   <li>{@code Sec-Fetch-Site} (Chromium, Firefox, Safari 16.4+): the browser's own verdict, which
 *       no page can set. Only {@code same-origin} and {@code none} (she typed the address or used a
 *       bookmark) are ours; {@code same-site} is another port of localhost, a different program.
 *   <li>{@code Origin}: foreign when it names another origin. Our pages are sent with {@code
 *       Referrer-Policy: no-referrer}, under which browsers send {@code Origin: null} even on their
 *       own form posts (Fetch standard, "serializing a request origin"), so {@code null} proves
 *       nothing either way and is left to the CSRF token.
 *   <li>{@code Referer}: our pages send none; one naming another site is foreign.
 * </ul>
 *
 * A request is refused only on positive evidence of a foreign origin; the CSRF token is the check
 * that must always pass. Reading a page is allowed from anywhere as a navigation (a link she
 * follows lands on the lock screen, as the session cookie is not sent cross-site), but not as an
 * image, script or fetch of another site: that would let any website find out that this app runs on
 * her computer.
 */
final class FetchRule {
  private FetchRule() {}

  /** The request headers this rule reads (null when absent). */
  record Headers(String site, String mode, String origin, String referer) {}

  /** True when a request that changes something (a POST) shows signs of another site. */
  static boolean changeIsForeign(Headers h, int port) {
    return siteIsForeign(h.site())
        || (h.origin() != null
            && !h.origin().equals("null")
            && !HostRule.isOurOrigin(h.origin(), port))
        || (h.referer() != null && !HostRule.isOurPage(h.referer(), port));
  }

  /**
   * True when a reading request (GET) is another site's image, script, frame or fetch rather than
   * her browser opening a page.
   */
  static boolean readIsForeign(Headers h) {
    return siteIsForeign(h.site()) && !"navigate".equals(h.mode());
  }

  /** True when the browser says the request came from our own page or from her typing it. */
  static boolean isOwnOrTyped(Headers h) {
    return !siteIsForeign(h.site());
  }

  private static boolean siteIsForeign(String site) {
    return site != null && !site.equals("same-origin") && !site.equals("none");
  }
}
