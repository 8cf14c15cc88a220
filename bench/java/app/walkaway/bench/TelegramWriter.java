package app.walkaway.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.time.ZoneOffset;

/** A Telegram Desktop single-chat {@code result.json} (FORMATS.md §2), written by streaming. */
final class TelegramWriter implements ExportGenerator.ChatWriter {

  @Override
  public void write(SyntheticChat chat, long messages, Writer out) throws IOException {
    try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeStringField("name", SyntheticChat.HIM);
      json.writeStringField("type", "personal_chat");
      json.writeNumberField("id", 4_100_200_300L);
      json.writeArrayFieldStart("messages");
      for (long i = 0; i < messages; i++) {
        message(json, chat, i + 1);
      }
      json.writeEndArray();
      json.writeEndObject();
    }
  }

  private static void message(JsonGenerator json, SyntheticChat chat, long id) throws IOException {
    SyntheticChat.Message m = chat.next();
    json.writeStartObject();
    json.writeNumberField("id", id);
    json.writeStringField("type", "message");
    json.writeStringField("date", m.at().toString());
    json.writeStringField("date_unixtime", Long.toString(m.at().toEpochSecond(ZoneOffset.UTC)));
    json.writeStringField("from", m.fromHer() ? SyntheticChat.HER : SyntheticChat.HIM);
    json.writeStringField("from_id", m.fromHer() ? "user1001" : "user2002");
    String text = m.shape() == SyntheticChat.Shape.MEDIA ? "" : chat.body(m.shape());
    if (m.shape() == SyntheticChat.Shape.MEDIA) {
      json.writeStringField(
          "photo", "(File not included. Change data exporting settings to download.)");
    }
    json.writeStringField("text", text);
    json.writeArrayFieldStart("text_entities");
    if (!text.isEmpty()) {
      json.writeStartObject();
      json.writeStringField("type", "plain");
      json.writeStringField("text", text);
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }
}
