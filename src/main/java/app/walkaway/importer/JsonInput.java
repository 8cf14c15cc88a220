package app.walkaway.importer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.JsonNode;
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
          .streamReadConstraints(
              StreamReadConstraints.builder().maxStringLength(Limits.MAX_TEXT_CHARS).build())
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
   * The value at the parser's current token (a message, a list of participants) as a tree, read
   * through a count of its tokens: one past {@link Limits#MAX_MESSAGE_TOKENS} refuses the file
   * instead of building a tree of any size.
   */
  public static JsonNode readTree(JsonParser parser, String origin) throws IOException {
    long line = parser.currentTokenLocation().getLineNr();
    return MAPPER.readTree(new Counted(parser, origin, line));
  }

  /** Counts the tokens handed to the tree reader. */
  private static final class Counted extends JsonParserDelegate {
    private final String origin;
    private final long line;
    private int tokens;

    Counted(JsonParser parser, String origin, long line) {
      super(parser);
      this.origin = origin;
      this.line = line;
    }

    @Override
    public JsonToken nextToken() throws IOException {
      if (++tokens > Limits.MAX_MESSAGE_TOKENS) {
        throw new ImportException(
            origin
                + ":"
                + line
                + ": one message holds more than "
                + Sizes.count(Limits.MAX_MESSAGE_TOKENS)
                + " values, far more than a real message (a few dozen), so the file was not read;"
                + " it is damaged or unsafe");
      }
      return super.nextToken();
    }
  }

  /**
   * Where and why reading stopped, for the report's notes; a string longer than any real message
   * ({@link Limits#MAX_TEXT_CHARS}) refuses the file instead.
   *
   * @param openLine the line where the message being read began, or 0 between messages
   * @param parser the parser that stopped, for where it stopped
   */
  public static String stopNote(
      String origin, JsonProcessingException e, long openLine, JsonParser parser) {
    long line = openLine > 0 ? openLine : e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    if (e instanceof StreamConstraintsException) {
      throw tooLong(origin, e, openLine > 0 ? openLine : parserLine(parser));
    }
    if (e instanceof JsonEOFException) {
      return StoppedReading.truncated(origin, line);
    }
    return StoppedReading.broken(origin, line, "not valid JSON: " + e.getOriginalMessage());
  }

  /** A file that is not JSON from its first record on. */
  public static ImportException unreadable(
      String origin, JsonProcessingException e, JsonParser parser) {
    if (e instanceof StreamConstraintsException) {
      return tooLong(origin, e, parserLine(parser));
    }
    long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    return new ImportException(
        origin + ":" + line + ": not valid JSON (" + e.getOriginalMessage() + ")", e);
  }

  /** Where the parser is: Jackson's limit errors carry no location of their own. */
  private static long parserLine(JsonParser parser) {
    return parser.currentLocation().getLineNr();
  }

  /**
   * A value past one of Jackson's limits: a string longer than {@link Limits#MAX_TEXT_CHARS}, or
   * brackets nested deeper than Jackson follows. Said in our words: Jackson's name its setting.
   */
  private static ImportException tooLong(String origin, JsonProcessingException e, long at) {
    long line = e.getLocation() == null ? at : e.getLocation().getLineNr();
    String what =
        String.valueOf(e.getOriginalMessage()).contains("String value length")
            ? "a text longer than "
                + Sizes.count(Limits.MAX_TEXT_CHARS)
                + " characters, far longer than a real message can be"
            : "values nested deeper than any real export nests them";
    return new ImportException(
        origin + ":" + line + ": holds " + what + ", so it was not read; it is damaged or unsafe",
        e);
  }
}
