package app.walkaway.vault;

import app.walkaway.event.Actor;
import app.walkaway.event.Channel;
import app.walkaway.event.Event;
import app.walkaway.event.Kind;
import app.walkaway.event.SourceRef;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a {@code walkaway-export} file (see {@link ExportFile}) one record at a time. */
public final class ExportReader {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Path file;
  private final List<Event> events = new ArrayList<>();
  private final Map<String, String> plan = new LinkedHashMap<>();
  private final List<JournalEntry> journal = new ArrayList<>();
  private final List<ExportEvidence.Item> evidence = new ArrayList<>();
  private final Map<String, String> sources = new LinkedHashMap<>();
  private final List<ScreenRecord> screens = new ArrayList<>();
  private int version;

  private ExportReader(Path file) {
    this.file = file;
  }

  /** Whether a file's first bytes (decoded) look like our export. */
  public static boolean recognizes(String head) {
    return head.stripLeading().startsWith("{") && head.contains("\"" + ExportFile.FORMAT + "\"");
  }

  public static ExportContents read(Path file) {
    ExportReader reader = new ExportReader(file);
    try (JsonParser json = MAPPER.createParser(file.toFile())) {
      reader.readDocument(json);
    } catch (JsonProcessingException e) {
      long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw reader.problem(line, "this is not valid JSON (" + e.getOriginalMessage() + ")");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ExportContents(
        reader.events,
        reader.plan,
        reader.journal,
        reader.evidence,
        reader.sources,
        reader.screens);
  }

  private void readDocument(JsonParser json) throws IOException {
    expect(json, json.nextToken() == JsonToken.START_OBJECT, "a JSON object");
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String field = json.currentName();
      json.nextToken();
      switch (field) {
        case "format" -> requireFormat(json);
        case "version" -> version = requireVersion(json);
        case "events" -> eachRecord(json, (node, line) -> events.add(event(node, line)));
        case "plan" -> readPlan(json);
        case "journal" -> eachRecord(json, (node, line) -> journal.add(journalEntry(node, line)));
        case "evidence" ->
            eachRecord(json, (node, line) -> evidence.add(ExportEvidence.read(node, at(line))));
        case "sources" -> eachRecord(json, (node, line) -> readSource(node, line));
        case "risk_screens" -> eachRecord(json, (node, line) -> screens.add(screen(node, line)));
        default -> json.skipChildren(); // a later version's addition: ignore it
      }
    }
    if (version == 0) {
      throw problem(1, "no \"version\" field (expected \"version\": " + ExportFile.VERSION + ")");
    }
  }

  private void requireFormat(JsonParser json) throws IOException {
    expect(
        json, ExportFile.FORMAT.equals(json.getValueAsString()), "\"format\": \"walkaway-export\"");
  }

  private int requireVersion(JsonParser json) throws IOException {
    int found = json.getValueAsInt(0);
    if (found > ExportFile.VERSION) {
      throw problem(
          line(json),
          "made by a newer Walkaway (format version "
              + found
              + "; this one reads up to "
              + ExportFile.VERSION
              + "). Update Walkaway to import it.");
    }
    expect(json, found >= 1, "a version number of 1 or more");
    return found;
  }

  private void readPlan(JsonParser json) throws IOException {
    JsonNode node = json.readValueAsTree();
    expect(json, node != null && node.isObject(), "\"plan\" to be an object of texts");
    node.fields().forEachRemaining(e -> plan.put(e.getKey(), e.getValue().asText()));
  }

  @FunctionalInterface
  private interface RecordReader {
    void read(JsonNode node, long line);
  }

  private void eachRecord(JsonParser json, RecordReader reader) throws IOException {
    expect(json, json.currentToken() == JsonToken.START_ARRAY, "a list");
    while (json.nextToken() == JsonToken.START_OBJECT) {
      long line = line(json);
      reader.read(json.readValueAsTree(), line);
    }
    expect(json, json.currentToken() == JsonToken.END_ARRAY, "a list of objects");
  }

  private Event event(JsonNode node, long line) {
    Kind kind =
        Kind.fromLabel(text(node, "kind", line))
            .orElseThrow(() -> problem(line, "unknown kind '" + node.path("kind").asText() + "'"));
    Actor who =
        ExportNames.findWho(text(node, "who", line))
            .orElseThrow(
                () ->
                    problem(
                        line,
                        "unknown who '"
                            + node.path("who").asText()
                            + "' (expected me, them or other)"));
    Channel channel =
        ExportNames.findChannel(node.path("channel").asText("other"))
            .orElseThrow(
                () -> problem(line, "unknown channel '" + node.path("channel").asText() + "'"));
    JsonNode source = node.path("source");
    SourceRef ref =
        SourceRef.of(
            source.path("file").asText(SourceRef.BY_HAND),
            Math.max(0, source.path("line").asLong(0)));
    return new Event(
        time(node, line),
        who,
        kind,
        channel,
        node.path("text").asText(""),
        ref,
        Math.max(0, node.path("seconds").asLong(0)));
  }

  private JournalEntry journalEntry(JsonNode node, long line) {
    return new JournalEntry(time(node, line), text(node, "text", line));
  }

  private void readSource(JsonNode node, long line) {
    sources.put(text(node, "file", line), text(node, "sha256", line));
  }

  private ScreenRecord screen(JsonNode node, long line) {
    return new ScreenRecord(
        time(node, line), text(node, "answers", line), text(node, "outcome", line));
  }

  /** Required fields of the record that starts at {@code line}. */
  private ExportEvidence.Fields at(long line) {
    return new ExportEvidence.Fields() {
      @Override
      public String text(JsonNode node, String field) {
        return ExportReader.this.text(node, field, line);
      }

      @Override
      public LocalDateTime time(JsonNode node, String field) {
        return ExportReader.this.time(node, field, line);
      }

      @Override
      public byte[] bytes(JsonNode node, String field) {
        try {
          return java.util.Base64.getDecoder().decode(text(node, field));
        } catch (IllegalArgumentException e) {
          throw problem(line, "\"" + field + "\" is not base64 (" + e.getMessage() + ")");
        }
      }
    };
  }

  private LocalDateTime time(JsonNode node, long line) {
    return time(node, "at", line);
  }

  private LocalDateTime time(JsonNode node, String field, long line) {
    String at = text(node, field, line);
    try {
      return LocalDateTime.parse(at);
    } catch (DateTimeParseException e) {
      throw problem(line, "cannot read the time '" + at + "' (expected e.g. 2026-03-01T09:15:00)");
    }
  }

  private String text(JsonNode node, String field, long line) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw problem(line, "missing \"" + field + "\" (expected a text)");
    }
    return value.asText();
  }

  private void expect(JsonParser json, boolean ok, String expected) {
    if (!ok) {
      throw problem(line(json), "expected " + expected);
    }
  }

  private static long line(JsonParser json) {
    return json.currentLocation().getLineNr();
  }

  private VaultException problem(long line, String what) {
    return new VaultException(file + ":" + line + ": " + what);
  }
}
