package app.walkaway.security;

import app.walkaway.security.Sessions.Session;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The CSRF token of a POST: the header {@value Guard#HEADER} (htmx) or the form field {@value
 * Guard#FIELD}, compared in constant time with the session's. Forms are size-checked before they
 * are read. An upload (multipart) is read only for the open vault's session: its files go to the
 * vault's folder under the upload limit, and are deleted at once if the token is wrong.
 */
final class CsrfCheck {
  /** A token is 43 characters; reading a little more is enough to tell a wrong one. */
  private static final int TOKEN_BYTES = 64;

  private final GuardSettings settings;
  private final Sessions sessions;

  CsrfCheck(GuardSettings settings, Sessions sessions) {
    this.settings = settings;
    this.sessions = sessions;
  }

  Optional<Refusal> check(Context ctx, Optional<Session> session) {
    String expected = sessions.token(session);
    if (ctx.isMultipartFormData()) {
      return upload(ctx, session, expected);
    }
    if (ctx.req().getContentLengthLong() > settings.formLimit()) {
      return Optional.of(Refusal.FORM_TOO_LARGE);
    }
    if (Tokens.same(ctx.header(Guard.HEADER), expected)) {
      return Optional.empty();
    }
    try {
      return Tokens.same(ctx.formParam(Guard.FIELD), expected)
          ? Optional.empty()
          : Optional.of(Refusal.STALE);
    } catch (HttpResponseException e) {
      // Javalin's own body limit, for a form sent without a length
      return Optional.of(e.getStatus() == 413 ? Refusal.FORM_TOO_LARGE : Refusal.STALE);
    }
  }

  /**
   * Reads the whole upload here, even when the token came as a header, so that a cut-off or
   * malformed upload is refused plainly before any page handler sees it.
   */
  private Optional<Refusal> upload(Context ctx, Optional<Session> session, String expected) {
    UploadPolicy uploads = settings.uploads();
    uploads.applyTo(ctx.req());
    if (session.isEmpty()) {
      return Optional.of(Refusal.STALE); // a stranger's upload is never read, not even to disk
    }
    if (ctx.req().getContentLengthLong() > uploads.limit()) {
      return tooLarge(ctx, expected);
    }
    try {
      ctx.req().getParts();
      Part field = ctx.req().getPart(Guard.FIELD);
      if (Tokens.same(ctx.header(Guard.HEADER), expected)
          || Tokens.same(field == null ? null : read(field), expected)) {
        return Optional.empty();
      }
      deleteParts(ctx);
      return Optional.of(Refusal.STALE);
    } catch (IOException | ServletException | RuntimeException e) {
      deleteParts(ctx);
      return Optional.of(tooLarge(e) ? Refusal.UPLOAD_TOO_LARGE : Refusal.UPLOAD_UNREADABLE);
    }
  }

  /**
   * An upload over the limit, from her session: never read whole. With its token (the header, or
   * the form's first field) it goes on unread to its page, which says how large it may be and
   * stores nothing; without, it is refused here like any other.
   */
  private static Optional<Refusal> tooLarge(Context ctx, String expected) {
    if (Tokens.same(ctx.header(Guard.HEADER), expected)) {
      return Optional.empty();
    }
    try {
      byte[] head = ctx.req().getInputStream().readNBytes(FirstField.HEAD_BYTES);
      Optional<String> token = FirstField.token(ctx.contentType(), head);
      return Tokens.same(token.orElse(null), expected)
          ? Optional.empty()
          : Optional.of(Refusal.STALE);
    } catch (IOException | RuntimeException e) {
      return Optional.of(Refusal.UPLOAD_TOO_LARGE);
    }
  }

  private static String read(Part part) throws IOException {
    try (InputStream in = part.getInputStream()) {
      return new String(in.readNBytes(TOKEN_BYTES), StandardCharsets.UTF_8);
    }
  }

  /** Removes whatever of a refused upload reached the disk. */
  private static void deleteParts(Context ctx) {
    try {
      for (Part part : ctx.req().getParts()) {
        part.delete();
      }
    } catch (IOException | ServletException | RuntimeException e) {
      // Nothing was parsed, or Jetty already let go of it: its own clean-up at the end of the
      // request removes what is left.
    }
  }

  /** Jetty says "exceeds max ... size" in one exception type or another, depending on where. */
  private static boolean tooLarge(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (message.contains("max") || message.contains("exceed") || message.contains("too large")) {
        return true;
      }
    }
    return false;
  }
}
