package app.walkaway.security;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The token field at the head of an upload, read from its first bytes only. An upload larger than
 * the limit is never read whole, yet the import page should still say, in its own words, how large
 * it may be: our upload form puts the hidden {@value Guard#FIELD} input first, and a browser sends
 * fields in the form's order, so the token is in the first few hundred bytes.
 */
final class FirstField {
  /** The most read of an upload that is too large: a boundary, one header, a token. */
  static final int HEAD_BYTES = 2048;

  private static final Pattern BOUNDARY =
      Pattern.compile("boundary=(?:\"([^\"]{1,70})\"|([^;\\s]{1,70}))", Pattern.CASE_INSENSITIVE);

  private FirstField() {}

  /**
   * The value of the first part of a multipart body, if it is the token field: empty for anything
   * else (another field first, a file, a body that is not multipart as it says).
   */
  static Optional<String> token(String contentType, byte[] head) {
    if (contentType == null) {
      return Optional.empty();
    }
    Matcher m = BOUNDARY.matcher(contentType);
    if (!m.find()) {
      return Optional.empty();
    }
    String delimiter = "--" + (m.group(1) != null ? m.group(1) : m.group(2));
    String text = new String(head, StandardCharsets.ISO_8859_1);
    if (!text.startsWith(delimiter + "\r\n")) {
      return Optional.empty();
    }
    int headersEnd = text.indexOf("\r\n\r\n", delimiter.length());
    if (headersEnd < 0) {
      return Optional.empty();
    }
    String headers = text.substring(delimiter.length() + 2, headersEnd).toLowerCase(Locale.ROOT);
    if (!headers.contains("name=\"" + Guard.FIELD + "\"") || headers.contains("filename")) {
      return Optional.empty();
    }
    int valueEnd = text.indexOf("\r\n" + delimiter, headersEnd + 4);
    return valueEnd < 0 ? Optional.empty() : Optional.of(text.substring(headersEnd + 4, valueEnd));
  }
}
