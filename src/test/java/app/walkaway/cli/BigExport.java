package app.walkaway.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;

/** Writes a large, invented walkaway-export file for durability and speed checks. */
final class BigExport {
  private BigExport() {}

  static Path write(Path file, int events) throws IOException {
    LocalDateTime start = LocalDateTime.parse("2024-01-01T07:00:00");
    try (JsonGenerator json = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
      json.writeStartObject();
      json.writeStringField("format", "walkaway-export");
      json.writeNumberField("version", 1);
      json.writeArrayFieldStart("events");
      for (int i = 0; i < events; i++) {
        json.writeStartObject();
        json.writeStringField("at", start.plusSeconds(37L * i).toString());
        json.writeStringField("who", i % 2 == 0 ? "me" : "them");
        json.writeStringField("kind", "message");
        json.writeStringField("channel", "whatsapp");
        json.writeStringField("text", "note " + i + " about the allotment and the rain");
        json.writeNumberField("seconds", 0);
        json.writeObjectFieldStart("source");
        json.writeStringField("file", "generated.txt");
        json.writeNumberField("line", i + 1);
        json.writeEndObject();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    return file;
  }
}
