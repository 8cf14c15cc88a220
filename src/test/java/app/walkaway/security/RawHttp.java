package app.walkaway.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP/1.1 by hand over a socket, so a test can send exactly the headers an attacker's page or a
 * rebinding browser would (java.net.http will not send a foreign Host). One request per connection.
 */
final class RawHttp {
  private final int port;
  private final Map<String, String> headers = new LinkedHashMap<>();
  private String method = "GET";
  private String path = "/";
  private byte[] body = new byte[0];
  private boolean chunked;

  private RawHttp(int port) {
    this.port = port;
    headers.put("Host", "127.0.0.1:" + port);
  }

  static RawHttp to(int port) {
    return new RawHttp(port);
  }

  RawHttp get(String target) {
    method = "GET";
    path = target;
    return this;
  }

  RawHttp post(String target) {
    method = "POST";
    path = target;
    return this;
  }

  RawHttp header(String name, String value) {
    if (value == null) {
      headers.remove(name);
    } else {
      headers.put(name, value);
    }
    return this;
  }

  RawHttp form(String urlEncoded) {
    header("Content-Type", "application/x-www-form-urlencoded");
    body = urlEncoded.getBytes(StandardCharsets.UTF_8);
    return this;
  }

  RawHttp multipart(Multipart parts) {
    header("Content-Type", "multipart/form-data; boundary=" + Multipart.BOUNDARY);
    body = parts.bytes();
    return this;
  }

  /** Any bytes as the body (the Content-Type is the caller's). */
  RawHttp rawBody(byte[] bytes) {
    body = bytes.clone();
    return this;
  }

  /** What can stand in a header value at all: no line breaks, Latin-1 only. */
  static String headerSafe(String value) {
    StringBuilder safe = new StringBuilder();
    value
        .codePoints()
        .filter(c -> c != '\r' && c != '\n' && c < 256)
        .forEach(safe::appendCodePoint);
    return safe.toString().strip();
  }

  /** Sends the body without a length, in chunks (as a streaming client would). */
  RawHttp chunked() {
    chunked = true;
    return this;
  }

  Response send() {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
      headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
      if (chunked) {
        head.append("Transfer-Encoding: chunked\r\n");
      } else if (body.length > 0 || method.equals("POST")) {
        head.append("Content-Length: ").append(body.length).append("\r\n");
      }
      head.append("Connection: close\r\n\r\n");
      out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      try {
        writeBody(out);
        out.flush();
      } catch (java.net.SocketException e) {
        // The server answered early and closed (a refused upload): its answer is still there to
        // read. A machine under load hits this often, one at rest rarely.
      }
      return Response.parse(readAll(socket.getInputStream()));
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + path, e);
    }
  }

  private void writeBody(OutputStream out) throws IOException {
    if (!chunked) {
      out.write(body);
      return;
    }
    for (int at = 0; at < body.length; at += 8192) {
      int n = Math.min(8192, body.length - at);
      out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.write(body, at, n);
      out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }
    out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    try {
      in.transferTo(all);
    } catch (java.net.SocketException e) {
      // The server may close after answering early (a refused upload): keep what arrived.
    }
    return all.toByteArray();
  }

  /** A response: status, headers (names lower-cased; Set-Cookie may repeat), body. */
  record Response(int status, List<Map.Entry<String, String>> headers, String body) {
    static Response parse(byte[] raw) {
      String text = new String(raw, StandardCharsets.UTF_8);
      int end = text.indexOf("\r\n\r\n");
      String[] lines = text.substring(0, end).split("\r\n");
      int status = Integer.parseInt(lines[0].split(" ")[1]);
      List<Map.Entry<String, String>> headers = new ArrayList<>();
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        headers.add(
            Map.entry(
                lines[i].substring(0, colon).toLowerCase(Locale.ROOT),
                lines[i].substring(colon + 1).strip()));
      }
      return new Response(status, headers, text.substring(end + 4));
    }

    Optional<String> header(String name) {
      return all(name).stream().findFirst();
    }

    List<String> all(String name) {
      String lower = name.toLowerCase(Locale.ROOT);
      return headers.stream()
          .filter(h -> h.getKey().equals(lower))
          .map(Map.Entry::getValue)
          .toList();
    }

    /** The value of the session cookie this response sets, if any. */
    Optional<String> sessionCookie() {
      return all("set-cookie").stream()
          .filter(c -> c.startsWith(SessionCookie.NAME + "="))
          .map(c -> c.substring(SessionCookie.NAME.length() + 1, c.indexOf(';')))
          .filter(v -> !v.isEmpty())
          .findFirst();
    }
  }

  /** A multipart/form-data body. */
  static final class Multipart {
    static final String BOUNDARY = "----walkaway-test-boundary";
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    Multipart field(String name, String value) {
      return part(
          "Content-Disposition: form-data; name=\"" + name + "\"",
          value.getBytes(StandardCharsets.UTF_8));
    }

    Multipart file(String name, String fileName, byte[] content) {
      return part(
          "Content-Disposition: form-data; name=\""
              + name
              + "\"; filename=\""
              + fileName
              + "\"\r\nContent-Type: application/octet-stream",
          content);
    }

    private Multipart part(String head, byte[] content) {
      out.writeBytes(
          ("--" + BOUNDARY + "\r\n" + head + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      out.writeBytes(content);
      out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
      return this;
    }

    byte[] bytes() {
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      all.writeBytes(out.toByteArray());
      all.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
      return all.toByteArray();
    }
  }
}
