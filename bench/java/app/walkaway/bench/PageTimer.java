package app.walkaway.bench;

import app.walkaway.web.view.Section;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times the web app's pages from a client on loopback, as her browser asks for them: {@code
 * PageTimer ADDRESS REQUESTS [PATH...]} (every page of the navigation when no path is given). The
 * passphrase comes from {@code $WALKAWAY_PASSPHRASE}. Unlocks first (timed: the key derivation and
 * reading the vault's columns), then for each page a few untimed requests and REQUESTS timed ones,
 * one at a time on one kept-alive connection; prints the first (cold) time, p50, p90, p99 and the
 * slowest, in milliseconds, from the request sent to the last byte read.
 */
public final class PageTimer {
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\"\\s+value=\"([^\"]*)\"");
  private static final int WARM_UP = 5;

  private final HttpClient client;
  private final URI base;

  private PageTimer(URI base) {
    this.base = base;
    this.client =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .build();
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: PageTimer ADDRESS REQUESTS [PATH...]");
      System.exit(2);
    }
    String passphrase = System.getenv("WALKAWAY_PASSPHRASE");
    if (passphrase == null || passphrase.isEmpty()) {
      System.err.println("PageTimer: set WALKAWAY_PASSPHRASE to the vault's passphrase");
      System.exit(2);
    }
    PageTimer timer = new PageTimer(URI.create(args[0]));
    int requests = Integer.parseInt(args[1]);
    List<String> paths =
        args.length > 2
            ? List.of(args).subList(2, args.length)
            : Arrays.stream(Section.values()).map(Section::path).toList();
    timer.unlock(passphrase);
    System.out.printf(
        "%-28s %6s %9s %8s %8s %8s %8s %8s%n",
        "page", "status", "bytes", "first", "p50", "p90", "p99", "max");
    for (String path : paths) {
      timer.time(path, requests);
    }
  }

  private void unlock(String passphrase) throws IOException, InterruptedException {
    long start = System.nanoTime();
    HttpResponse<String> form = get("/unlock");
    // The unlock form carries a CSRF token once the web guards are in; send it back when it does.
    Matcher token = CSRF.matcher(form.body());
    String body = "passphrase=" + URLEncoder.encode(passphrase, StandardCharsets.UTF_8);
    if (token.find()) {
      body += "&csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
    }
    HttpResponse<String> answer =
        client.send(
            HttpRequest.newBuilder(base.resolve("/unlock"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    String where = answer.headers().firstValue("Location").orElse("");
    if (answer.statusCode() / 100 != 3 || where.endsWith("/unlock")) {
      throw new IllegalStateException(
          "unlocking failed: HTTP " + answer.statusCode() + " " + where + " (wrong passphrase?)");
    }
    System.out.printf("unlock: %.2f s%n", (System.nanoTime() - start) / 1e9);
  }

  private void time(String path, int requests) throws IOException, InterruptedException {
    List<Double> millis = new ArrayList<>();
    HttpResponse<byte[]> last = null;
    for (int i = 0; i < WARM_UP + requests; i++) {
      long start = System.nanoTime();
      last =
          client.send(
              HttpRequest.newBuilder(base.resolve(path)).GET().build(),
              HttpResponse.BodyHandlers.ofByteArray());
      millis.add((System.nanoTime() - start) / 1e6);
    }
    double first = millis.get(0);
    double[] timed =
        millis.subList(WARM_UP, millis.size()).stream().mapToDouble(d -> d).sorted().toArray();
    String status = last.statusCode() + (last.statusCode() / 100 == 3 ? "→" + location(last) : "");
    System.out.printf(
        "%-28s %6s %9d %8.1f %8.1f %8.1f %8.1f %8.1f%n",
        path,
        status,
        last.body().length,
        first,
        rank(timed, 0.50),
        rank(timed, 0.90),
        rank(timed, 0.99),
        timed[timed.length - 1]);
  }

  private static String location(HttpResponse<?> response) {
    return response.headers().firstValue("Location").orElse("?");
  }

  /** The nearest-rank quantile of sorted values. */
  static double rank(double[] sorted, double q) {
    int index = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(base.resolve(path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
