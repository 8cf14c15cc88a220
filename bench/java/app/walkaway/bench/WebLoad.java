package app.walkaway.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Many browser tabs of hers at once against a running {@code walkaway serve}, for a fixed time (it
 * stops by itself): each client reads the pages in turn with her session, while she locks and
 * unlocks half way and presses Quick exit near the end. Reports requests, errors and p50/p99 per
 * page, and how long Lock and Quick exit took under that load and whether they held.
 *
 * <pre>
 * WALKAWAY_PASSPHRASE=... WebLoad http://127.0.0.1:7070/ CLIENTS SECONDS [PAGE,PAGE,...]
 * </pre>
 *
 * Anything but a page (200), or the lock screen while she had locked, counts as an error.
 */
public final class WebLoad {
  /** The pages of the navigation, and a deep page of the timeline. */
  public static final List<String> PAGES =
      List.of(
          "/today",
          "/readout",
          "/insights",
          "/timeline",
          "/timeline?page=50",
          "/plan",
          "/safety",
          "/settings",
          "/import");

  private static final Pattern TOKEN =
      Pattern.compile(
          "name=\"csrf\"\\s+value=\"([A-Za-z0-9_-]+)\"|\"X-CSRF-Token\"\\s*:\\s*\"([A-Za-z0-9_-]+)\"");

  private final Settings settings;
  private final HttpClient http;
  private final AtomicReference<Login> login = new AtomicReference<>();
  private volatile boolean locking;
  private final AtomicLong errors = new AtomicLong();
  private final AtomicLong turnedAway = new AtomicLong();
  private final List<String> errorSamples = new CopyOnWriteArrayList<>();

  /**
   * What to run.
   *
   * @param base the app's address, e.g. http://127.0.0.1:7070/
   * @param passphrase her passphrase (the vault must exist)
   * @param clients how many clients read pages at once
   * @param duration how long they read
   * @param pages the pages they read, in turn
   */
  public record Settings(
      URI base, char[] passphrase, int clients, Duration duration, List<String> pages) {
    public Settings {
      Objects.requireNonNull(base, "base");
      Objects.requireNonNull(passphrase, "passphrase");
      pages = List.copyOf(pages);
      if (clients < 1 || pages.isEmpty() || duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException("clients, pages and duration must be positive");
      }
    }
  }

  /** Her session as the clients use it; the generation grows with each unlock. */
  private record Login(String cookie, String token, int generation) {}

  /**
   * One page's figures.
   *
   * @param page the path
   * @param requests answered with the page
   * @param p50 median milliseconds
   * @param p99 99th percentile milliseconds
   * @param max slowest milliseconds
   */
  public record PageFigures(String page, long requests, double p50, double p99, double max) {}

  /**
   * The whole run.
   *
   * @param pages per page
   * @param all over every page
   * @param errors anything but a page or an expected lock screen
   * @param errorSamples the first few errors, as "path: status or exception"
   * @param turnedAway requests sent to the lock screen because she had just locked
   * @param lockMillis how long the Lock button took under load
   * @param lockHeld whether the next page asked for was the lock screen
   * @param exitMillis how long Quick exit took under load
   * @param exitHeld whether the next page asked for after it was the lock screen
   * @param seconds how long the clients ran
   */
  public record Result(
      List<PageFigures> pages,
      PageFigures all,
      long errors,
      List<String> errorSamples,
      long turnedAway,
      double lockMillis,
      boolean lockHeld,
      double exitMillis,
      boolean exitHeld,
      double seconds) {}

  private WebLoad(Settings settings) {
    this.settings = settings;
    this.http =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  /** Runs the load and reports; the vault is locked when it returns (Quick exit). */
  public static Result run(Settings settings) throws InterruptedException {
    return new WebLoad(settings).go();
  }

  private Result go() throws InterruptedException {
    login.set(unlock(0));
    long start = System.nanoTime();
    long end = start + settings.duration().toNanos();
    List<Client> clients = new ArrayList<>();
    for (int i = 0; i < settings.clients(); i++) {
      Client client = new Client(i, end);
      clients.add(client);
      client.start();
    }
    sleepUntil(start + settings.duration().toNanos() / 2);
    double lockMillis = millisSince(System.nanoTime(), this::lockAndUnlock);
    boolean lockHeld = lastLockHeld;
    sleepUntil(end - Math.min(settings.duration().toNanos() / 10, 2_000_000_000L));
    locking = true;
    double exitMillis = millisSince(System.nanoTime(), this::quickExit);
    boolean exitHeld = isLockScreen(get("/today", login.get()));
    for (Client client : clients) {
      client.join(settings.duration().toMillis() + 60_000);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return figures(clients, lockMillis, lockHeld, exitMillis, exitHeld, seconds);
  }

  private volatile boolean lastLockHeld;

  private void lockAndUnlock() {
    Login before = login.get();
    locking = true;
    HttpResponse<Void> locked = post("/lock", before, "");
    lastLockHeld = locked.statusCode() == 303 && isLockScreen(get("/today", before));
    login.set(unlock(before.generation() + 1));
    locking = false;
  }

  private void quickExit() {
    post("/exit", login.get(), "");
  }

  private Login unlock(int generation) {
    HttpResponse<String> form = getText("/unlock", null);
    String door = token(form.body(), "/unlock");
    String body =
        "csrf="
            + door
            + "&passphrase="
            + URLEncoder.encode(new String(settings.passphrase()), StandardCharsets.UTF_8);
    HttpResponse<Void> opened = post("/unlock", null, body);
    String cookie =
        opened.headers().allValues("set-cookie").stream()
            .filter(c -> c.startsWith("session=") && !c.startsWith("session=;"))
            .map(c -> c.substring(0, c.indexOf(';')))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "/unlock: no session (status "
                            + opened.statusCode()
                            + "): wrong passphrase?"));
    Login partial = new Login(cookie, "", generation);
    String page = getText("/today", partial).body();
    return new Login(cookie, token(page, "/today"), generation);
  }

  private static String token(String html, String where) {
    Matcher m = TOKEN.matcher(html);
    if (!m.find()) {
      throw new IllegalStateException(where + ": no csrf token in the page");
    }
    return m.group(1) != null ? m.group(1) : m.group(2);
  }

  /** One of her tabs: reads the pages in turn until the end. */
  private final class Client extends Thread {
    private final int offset;
    private final long end;
    final long[][] times;
    final int[] counts;

    Client(int offset, long end) {
      super("web-load-" + offset);
      setDaemon(true);
      this.offset = offset;
      this.end = end;
      this.times = new long[settings.pages().size()][1024];
      this.counts = new int[settings.pages().size()];
    }

    @Override
    public void run() {
      for (int i = offset; System.nanoTime() < end; i++) {
        int page = i % settings.pages().size();
        boolean wasLocking = locking;
        Login used = login.get();
        long t0 = System.nanoTime();
        try {
          HttpResponse<Void> response = get(settings.pages().get(page), used);
          long took = System.nanoTime() - t0;
          if (response.statusCode() == 200) {
            record(page, took);
          } else if (isLockScreen(response)
              && (wasLocking || locking || used.generation() != login.get().generation())) {
            turnedAway.incrementAndGet();
          } else {
            error(settings.pages().get(page) + ": " + response.statusCode());
          }
        } catch (RuntimeException e) {
          error(settings.pages().get(page) + ": " + e);
        }
      }
    }

    private void record(int page, long nanos) {
      if (counts[page] == times[page].length) {
        times[page] = Arrays.copyOf(times[page], times[page].length * 2);
      }
      times[page][counts[page]++] = nanos;
    }
  }

  private void error(String what) {
    if (errors.incrementAndGet() <= 10) {
      errorSamples.add(what);
    }
  }

  private static boolean isLockScreen(HttpResponse<?> response) {
    return response.statusCode() == 303
        && response.headers().firstValue("location").orElse("").endsWith("/unlock");
  }

  private HttpResponse<Void> get(String path, Login as) {
    return send(request(path, as).GET().build(), HttpResponse.BodyHandlers.discarding());
  }

  private HttpResponse<String> getText(String path, Login as) {
    return send(request(path, as).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<Void> post(String path, Login as, String form) {
    String body = as == null ? form : "csrf=" + as.token() + (form.isEmpty() ? "" : "&" + form);
    return send(
        request(path, as)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.discarding());
  }

  private HttpRequest.Builder request(String path, Login as) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(settings.base().resolve(path)).timeout(Duration.ofSeconds(30));
    if (as != null) {
      builder.header("Cookie", as.cookie());
    }
    return builder;
  }

  private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
    try {
      return http.send(request, body);
    } catch (IOException e) {
      throw new UncheckedIOException(request.uri().getPath(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private Result figures(
      List<Client> clients,
      double lockMillis,
      boolean lockHeld,
      double exitMillis,
      boolean exitHeld,
      double seconds) {
    List<PageFigures> pages = new ArrayList<>();
    long[] everything = new long[0];
    for (int p = 0; p < settings.pages().size(); p++) {
      long[] all = new long[0];
      for (Client client : clients) {
        int from = all.length;
        all = Arrays.copyOf(all, from + client.counts[p]);
        System.arraycopy(client.times[p], 0, all, from, client.counts[p]);
      }
      pages.add(figuresOf(settings.pages().get(p), all));
      int from = everything.length;
      everything = Arrays.copyOf(everything, from + all.length);
      System.arraycopy(all, 0, everything, from, all.length);
    }
    return new Result(
        pages,
        figuresOf("all pages", everything),
        errors.get(),
        List.copyOf(errorSamples),
        turnedAway.get(),
        lockMillis,
        lockHeld,
        exitMillis,
        exitHeld,
        seconds);
  }

  private static PageFigures figuresOf(String page, long[] nanos) {
    Arrays.sort(nanos);
    return new PageFigures(
        page, nanos.length, percentile(nanos, 0.50), percentile(nanos, 0.99), percentile(nanos, 1));
  }

  private static double percentile(long[] sorted, double q) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
  }

  private static double millisSince(long t0, Runnable action) {
    action.run();
    return (System.nanoTime() - t0) / 1e6;
  }

  private static void sleepUntil(long nanoTime) throws InterruptedException {
    long left = nanoTime - System.nanoTime();
    if (left > 0) {
      Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
    }
  }

  /** The report, as printed by {@link #main}. */
  public static String report(Result r, Settings s) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%d clients for %.1f s: %,d pages (%.0f a second), %d errors, %d sent to the lock"
                + " screen while she had locked%n",
            s.clients(),
            r.seconds(),
            r.all().requests(),
            r.all().requests() / r.seconds(),
            r.errors(),
            r.turnedAway()));
    out.append(
        String.format(
            Locale.ROOT,
            "%-20s %9s %9s %9s %9s%n",
            "page",
            "requests",
            "p50 ms",
            "p99 ms",
            "max ms"));
    List<PageFigures> rows = new ArrayList<>(r.pages());
    rows.add(r.all());
    for (PageFigures f : rows) {
      out.append(
          String.format(
              Locale.ROOT,
              "%-20s %9d %9.1f %9.1f %9.1f%n",
              f.page(),
              f.requests(),
              f.p50(),
              f.p99(),
              f.max()));
    }
    out.append(
        String.format(
            Locale.ROOT,
            "Lock under load: %.0f ms, %s. Quick exit under load: %.0f ms, %s.%n",
            r.lockMillis(),
            r.lockHeld() ? "the next page was the lock screen" : "DID NOT HOLD",
            r.exitMillis(),
            r.exitHeld() ? "the next page was the lock screen" : "DID NOT HOLD"));
    r.errorSamples().forEach(e -> out.append("error: ").append(e).append('\n'));
    return out.toString();
  }

  public static void main(String[] args) throws InterruptedException {
    if (args.length < 3) {
      System.err.println("usage: WALKAWAY_PASSPHRASE=... WebLoad BASE_URL CLIENTS SECONDS [PAGES]");
      System.exit(2);
    }
    String passphrase = System.getenv("WALKAWAY_PASSPHRASE");
    if (passphrase == null) {
      System.err.println("WebLoad: set WALKAWAY_PASSPHRASE to the vault's passphrase");
      System.exit(2);
    }
    Settings settings =
        new Settings(
            URI.create(args[0]),
            passphrase.toCharArray(),
            Integer.parseInt(args[1]),
            Duration.ofSeconds(Long.parseLong(args[2])),
            args.length > 3 ? List.of(args[3].split(",")) : PAGES);
    Result result = run(settings);
    System.out.print(report(result, settings));
    boolean ok = result.errors() == 0 && result.lockHeld() && result.exitHeld();
    System.exit(ok ? 0 : 1);
  }
}
