package app.walkaway.importer.telegram;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The plain text of a message: all parts concatenated with no separator (FORMATS §2.2; chat-miner's
 * joining with spaces is a known bug). text_entities is preferred when present.
 */
final class TelegramText {
  private TelegramText() {}

  static String of(JsonNode message) {
    JsonNode entities = message.path("text_entities");
    if (entities.isArray() && !entities.isEmpty()) {
      return join(entities);
    }
    JsonNode text = message.path("text");
    if (text.isArray()) {
      return join(text);
    }
    return text.isTextual() ? text.asText() : "";
  }

  private static String join(JsonNode parts) {
    StringBuilder out = new StringBuilder();
    for (JsonNode part : parts) {
      if (part.isTextual()) {
        out.append(part.asText());
      } else if (part.path("text").isTextual()) {
        out.append(part.path("text").asText());
      }
    }
    return out.toString();
  }
}
