package app.walkaway.importer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;

/**
 * Streaming JSON for the big exports (Telegram, Meta): a parser over a lenient reader, and the
 * sentences for files that stop part way. Memory stays flat because callers walk tokens and only
 * build a small tree per message.
 */
public final class JsonInput {
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          // Raw control characters inside strings are a small slip; the text around them is fine.
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .build();

  /** Reads one message object at a time into a small tree. */
  public static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

  private JsonInput() {}

  public static JsonParser open(Reader reader) {
    try {
      return FACTORY.createParser(reader);
    } catch (IOException e) {
      throw new ImportException("cannot start reading JSON (" + e.getMessage() + ")", e);
    }
  }

  /**
   * Where and why reading stopped, for the report's notes.
   *
   * @param openLine the line where the message being read began, or 0 between messages
   */
  public static String stopNote(String origin, JsonProcessingException e, long openLine) {
    long line = openLine > 0 ? openLine : e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    if (e instanceof JsonEOFException) {
      return StoppedReading.truncated(origin, line);
    }
    return StoppedReading.broken(origin, line, "not valid JSON: " + e.getOriginalMessage());
  }

  /** A file that is not JSON from its first record on. */
  public static ImportException unreadable(String origin, JsonProcessingException e) {
    long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    return new ImportException(
        origin + ":" + line + ": not valid JSON (" + e.getOriginalMessage() + ")", e);
  }
}
