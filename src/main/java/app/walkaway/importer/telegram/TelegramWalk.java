package app.walkaway.importer.telegram;

import app.walkaway.importer.ImportException;
import app.walkaway.importer.JsonInput;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * One streaming pass over a result.json: the root is either a chat (single-chat export) or an
 * account with {@code chats.list} (FORMATS §2.1). Only one message at a time is held as a tree.
 */
final class TelegramWalk {
  /** What a chat object said about itself before its messages began. */
  record ChatHeader(boolean root, int index, String name, String type, String id) {}

  /** Receives what the walk finds. */
  interface Visitor {
    /** The account owner, from a full export's personal_information. */
    void owner(String userId, String name);

    /** Whether to read this chat's messages; if not they are only counted. */
    boolean wants(ChatHeader chat);

    void message(ChatHeader chat, JsonNode message, long line);

    void counted(ChatHeader chat, long messages);
  }

  private final JsonParser parser;
  private final Visitor visitor;
  private int chats;
  private long openLine;
  private boolean single;
  private String origin = "";

  TelegramWalk(JsonParser parser, Visitor visitor) {
    this.parser = parser;
    this.visitor = visitor;
  }

  /** The line where the message being read began, when the input broke off inside it. */
  long openLine() {
    return openLine;
  }

  /** True when the root itself is a chat (a single-chat export). */
  boolean single() {
    return single;
  }

  void run(String origin) throws IOException {
    this.origin = origin;
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      throw new ImportException(
          origin + ":1: not a Telegram export (expected a JSON object at the start)");
    }
    chat(-1);
  }

  /** Reads one chat object (or the root, index -1, which may be a chat or an account). */
  private void chat(int index) throws IOException {
    String name = null;
    String type = null;
    String id = null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      switch (field) {
        case "name" -> name = value.isScalarValue() ? parser.getValueAsString() : skip(null);
        case "type" -> type = value.isScalarValue() ? parser.getValueAsString() : skip(null);
        case "id" -> id = value.isScalarValue() ? parser.getValueAsString() : skip(null);
        case "messages" -> messages(new ChatHeader(index < 0, index, name, type, id));
        case "personal_information" -> personal(index);
        case "chats", "left_chats" -> chatList(index, field);
        default -> parser.skipChildren();
      }
    }
  }

  private void messages(ChatHeader header) throws IOException {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      parser.skipChildren();
      return;
    }
    single |= header.root();
    boolean wanted = visitor.wants(header);
    long count = 0;
    for (JsonToken t = parser.nextToken();
        t != null && t != JsonToken.END_ARRAY;
        t = parser.nextToken()) {
      if (t == JsonToken.START_OBJECT && wanted) {
        openLine = parser.currentTokenLocation().getLineNr();
        JsonNode message = JsonInput.readTree(parser, origin);
        visitor.message(header, message, openLine);
        openLine = 0;
      } else {
        parser.skipChildren();
      }
      count++;
    }
    visitor.counted(header, count);
  }

  private void personal(int index) throws IOException {
    if (index >= 0 || parser.currentToken() != JsonToken.START_OBJECT) {
      parser.skipChildren();
      return;
    }
    JsonNode info = JsonInput.readTree(parser, origin);
    JsonNode id = info.path("user_id");
    if (id.isValueNode() && !id.isNull()) {
      String name = (info.path("first_name").asText("") + " " + info.path("last_name").asText(""));
      visitor.owner("user" + id.asText(), name.strip());
    }
  }

  /** {@code "chats": {"about": "…", "list": [chat, …]}}; left chats are read the same way. */
  private void chatList(int index, String field) throws IOException {
    if (index >= 0 || parser.currentToken() != JsonToken.START_OBJECT) {
      parser.skipChildren();
      return;
    }
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      boolean list = "list".equals(parser.currentName());
      if (parser.nextToken() != JsonToken.START_ARRAY || !list) {
        parser.skipChildren();
        continue;
      }
      for (JsonToken t = parser.nextToken();
          t != null && t != JsonToken.END_ARRAY;
          t = parser.nextToken()) {
        if (t == JsonToken.START_OBJECT) {
          chat(chats++);
        } else {
          parser.skipChildren();
        }
      }
    }
  }

  private String skip(String result) throws IOException {
    parser.skipChildren();
    return result;
  }
}
