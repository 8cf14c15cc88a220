package app.walkaway.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's answer to a request it could not even hand to the app (a blank Host, a malformed address,
 * headers too large): with the app's own headers, like every other response, and a plain page
 * instead of Jetty's, which names the server and repeats the address it was sent.
 */
public final class PlainErrors extends ErrorHandler {
  private static final byte[] PAGE =
      ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
              + "<title>Not understood</title>\n</head>\n<body>\n"
              + "<p>This request could not be read.</p>\n</body>\n</html>\n")
          .getBytes(StandardCharsets.UTF_8);

  private final Map<String, String> headers;

  /**
   * @param headers the headers every response carries (policy, caching, sniffing, framing)
   */
  public PlainErrors(Map<String, String> headers) {
    this.headers = Map.copyOf(Objects.requireNonNull(headers, "headers"));
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    HttpFields.Mutable fields = response.getHeaders();
    decorate(fields);
    response.write(true, ByteBuffer.wrap(PAGE), callback);
    return true;
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    decorate(fields);
    return ByteBuffer.wrap(PAGE);
  }

  private void decorate(HttpFields.Mutable fields) {
    headers.forEach(fields::put);
    fields.put(HttpHeader.CONTENT_TYPE, "text/html;charset=utf-8");
  }
}
