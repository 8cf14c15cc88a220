package app.walkaway.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * App mode's one notion of "her page is open": every page loaded in app mode says so at once and
 * every {@link #BEAT} after ({@code /assets/alive.js}, POST {@link #PATH}), and says goodbye when
 * it is closed or left. The server stops (and the vault locks) when no page has been alive for
 * {@link #QUIET}, or {@link #GRACE} after the last open page said goodbye, unless another page
 * opens by then (going from one page to the next is a goodbye followed at once by a new page).
 *
 * <p>Why {@link #QUIET} is two minutes: a browser slows the timers of a page in a background tab to
 * once a minute (Chrome, after five minutes hidden), so a page she left behind another tab still
 * beats at least once a minute; two minutes lets one beat be late or lost without ending her
 * session. It is also how long she has for her browser to open the first page, and the longest the
 * server outlives a page that could not say goodbye (a browser that crashed or was killed); her
 * idle lock may lock the vault sooner.
 *
 * <p>Each page load has its own random id, so two tabs, or the old and the new page of a
 * navigation, never stand for each other. At most {@link #MOST} pages are remembered (bounded
 * memory whatever is posted); the oldest is forgotten first.
 */
public final class OpenPages {
  static final String PATH = "/alive";
  static final String PAGE = "page";
  static final String GONE = "gone";
  static final Duration BEAT = Duration.ofSeconds(20);
  static final Duration QUIET = Duration.ofMinutes(2);
  static final Duration GRACE = Duration.ofSeconds(10);
  static final int MOST = 64;
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{8,64}");

  private final Clock clock;
  private final Map<String, Instant> pages = new HashMap<>();
  private Instant lastSeen;
  private Instant goodbye;

  /** Counting from now: with no page within {@link #QUIET}, it is over. */
  OpenPages(Clock clock) {
    this.clock = clock;
    this.lastSeen = clock.instant();
  }

  /** POST /alive, form fields {@code page} (its id) and, when it is leaving, {@code gone}. */
  void handle(Context ctx) {
    String page = ctx.formParam(PAGE);
    if (page == null || !ID.matcher(page).matches()) {
      ctx.status(HttpStatus.BAD_REQUEST);
      return;
    }
    if (ctx.formParam(GONE) != null) {
      left(page, clock.instant());
    } else {
      alive(page, clock.instant());
    }
    ctx.status(HttpStatus.NO_CONTENT);
  }

  synchronized void alive(String page, Instant now) {
    if (!pages.containsKey(page) && pages.size() >= MOST) {
      pages.entrySet().stream()
          .min(Map.Entry.comparingByValue(Comparator.naturalOrder()))
          .ifPresent(oldest -> pages.remove(oldest.getKey()));
    }
    pages.put(page, now);
    if (now.isAfter(lastSeen)) {
      lastSeen = now;
    }
  }

  synchronized void left(String page, Instant now) {
    if (pages.remove(page) != null && pages.isEmpty()) {
      goodbye = now;
    }
  }

  /** True when she has closed every page: time to stop serving and lock. */
  synchronized boolean allClosed(Instant now) {
    pages.values().removeIf(seen -> !seen.plus(QUIET).isAfter(now));
    if (!pages.isEmpty()) {
      return false;
    }
    if (goodbye != null && !goodbye.isBefore(lastSeen)) {
      return !goodbye.plus(GRACE).isAfter(now);
    }
    return !lastSeen.plus(QUIET).isAfter(now);
  }

  boolean allClosed() {
    return allClosed(clock.instant());
  }
}
