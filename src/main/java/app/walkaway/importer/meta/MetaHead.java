package app.walkaway.importer.meta;

import app.walkaway.importer.ImportException;
import app.walkaway.importer.Inputs.Member;
import app.walkaway.importer.JsonInput;
import app.walkaway.importer.LenientUtf8Reader;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a message_N.json says about its conversation, read without building its messages: its title,
 * its participants and how many messages it holds. Real downloads write the participants first and
 * the title after the messages (FORMATS §3.1), so a read that needs only the participants stops
 * where the messages begin, a few hundred bytes in. A damaged file gives what was read before the
 * damage: one damaged thread in a download must not hide the others.
 */
record MetaHead(String title, List<String> participants, long messages) {

  /**
   * Reads {@code file}; with {@code untilMessages}, stops where the messages begin (the title is
   * then known only when the file writes it first).
   */
  static MetaHead read(Member file, boolean untilMessages) {
    String title = "";
    List<String> participants = new ArrayList<>();
    long messages = 0;
    try (LenientUtf8Reader utf8 = new LenientUtf8Reader(file.open());
        JsonParser parser = JsonInput.open(utf8)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return new MetaHead("", List.of(), 0);
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if (field.equals("title") && value == JsonToken.VALUE_STRING) {
          title = Mojibake.repair(parser.getText());
        } else if (field.equals("participants") && value == JsonToken.START_ARRAY) {
          for (JsonNode p : JsonInput.readTree(parser, file.name())) {
            participants.add(MetaMessages.text(p.path("name"), MetaMessages.NO_NAME));
          }
        } else if (field.equals("messages") && value == JsonToken.START_ARRAY) {
          if (untilMessages) {
            break;
          }
          messages = count(parser);
        } else {
          parser.skipChildren();
        }
      }
    } catch (JsonProcessingException | ImportException damaged) {
      // what was read before the damage stands
    } catch (IOException e) {
      throw new ImportException(file.name() + ": cannot read the file (" + e + ")", e);
    }
    return new MetaHead(title, List.copyOf(participants), messages);
  }

  private static long count(JsonParser parser) throws IOException {
    long messages = 0;
    for (JsonToken t = parser.nextToken();
        t != null && t != JsonToken.END_ARRAY;
        t = parser.nextToken()) {
      messages++;
      parser.skipChildren();
    }
    return messages;
  }
}
