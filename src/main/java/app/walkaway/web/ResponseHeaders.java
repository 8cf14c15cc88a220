package app.walkaway.web;

import io.javalin.http.Context;
import java.util.Map;

/**
 * The one place where every response's headers are set, pages and assets alike, so a stricter
 * policy is one edit here. Pages are never stored by the browser (Quick exit and the back button
 * must find nothing), scripts and styles come only from files under /assets and /webjars (no inline
 * script or style anywhere, so the policy needs no 'unsafe-inline'), and nothing is framed,
 * sniffed, or sent on as a referrer.
 */
final class ResponseHeaders {
  static final String POLICY =
      String.join(
          "; ",
          "default-src 'none'",
          "script-src 'self'",
          "style-src 'self'",
          "img-src 'self' data:",
          "font-src 'self'",
          "connect-src 'self'",
          "form-action 'self'",
          "base-uri 'none'",
          "frame-ancestors 'none'");

  /**
   * The static-file handler writes its own caching header after {@link #apply}; it is given this
   * one, so assets are not kept either (a cached stylesheet would tell of the app in the browser's
   * cache).
   */
  static final Map<String, String> STATIC_FILES = Map.of("Cache-Control", "no-store");

  private ResponseHeaders() {}

  static void apply(Context ctx) {
    STATIC_FILES.forEach(ctx::header);
    ctx.header("Content-Security-Policy", POLICY);
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    ctx.header("Cross-Origin-Resource-Policy", "same-origin");
    ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  }
}
