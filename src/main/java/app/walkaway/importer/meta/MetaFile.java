package app.walkaway.importer.meta;

import app.walkaway.event.SourceRef;
import app.walkaway.importer.ImportException;
import app.walkaway.importer.ImportOptions;
import app.walkaway.importer.Inputs.Member;
import app.walkaway.importer.JsonInput;
import app.walkaway.importer.LenientUtf8Reader;
import app.walkaway.importer.Limits;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * One message_N.json read as a stream. Messages are newest-first inside a file (FORMATS §3.1), so
 * each file's messages are turned round; a message's reactions stay right after it.
 */
final class MetaFile {
  /** What the file holds: its items oldest-first, its title, and where it stopped if it did. */
  record Read(
      List<MetaItem> items,
      String title,
      List<String> participants,
      long messages,
      long replaced,
      Optional<String> stop) {}

  private MetaFile() {}

  static Read read(Member file, ImportOptions options, MetaMessages reader) {
    List<List<MetaItem>> perMessage = new ArrayList<>();
    String title = "";
    List<String> participants = new ArrayList<>();
    long messages = 0;
    long openLine = 0;
    Optional<String> stop = Optional.empty();
    try (LenientUtf8Reader utf8 = new LenientUtf8Reader(file.open());
        JsonParser parser = JsonInput.open(utf8)) {
      try {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
          throw new ImportException(
              file.name() + ":1: not a Messenger or Instagram export (expected a JSON object)");
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String field = parser.currentName();
          JsonToken value = parser.nextToken();
          if (field.equals("title") && value == JsonToken.VALUE_STRING) {
            title = Mojibake.repair(parser.getText());
          } else if (field.equals("participants") && value == JsonToken.START_ARRAY) {
            JsonNode people = JsonInput.readTree(parser, file.name());
            for (JsonNode p : people) {
              participants.add(MetaMessages.text(p.path("name"), MetaMessages.NO_NAME));
            }
          } else if (field.equals("messages") && value == JsonToken.START_ARRAY) {
            for (JsonToken t = parser.nextToken();
                t != null && t != JsonToken.END_ARRAY;
                t = parser.nextToken()) {
              if (++messages > options.maxEntries()) {
                throw Limits.tooManyEntries(file.name(), options.maxEntries());
              }
              if (t != JsonToken.START_OBJECT) {
                parser.skipChildren();
                continue;
              }
              long line = parser.currentTokenLocation().getLineNr();
              List<MetaItem> items = new ArrayList<>(1);
              reader.read(
                  JsonInput.readTree(parser, file.name()), SourceRef.of(file.name(), line), items);
              perMessage.add(items);
            }
          } else {
            parser.skipChildren();
          }
        }
      } catch (JsonProcessingException e) {
        if (messages == 0 && participants.isEmpty()) {
          throw JsonInput.unreadable(file.name(), e, parser);
        }
        stop = Optional.of(JsonInput.stopNote(file.name(), e, openLine, parser));
      }
      Collections.reverse(perMessage);
      List<MetaItem> items = perMessage.stream().flatMap(List::stream).toList();
      return new Read(items, title, participants, messages, utf8.replaced(), stop);
    } catch (IOException e) {
      throw new ImportException(file.name() + ": cannot read the file (" + e + ")", e);
    }
  }
}
