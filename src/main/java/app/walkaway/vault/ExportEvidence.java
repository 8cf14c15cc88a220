package app.walkaway.vault;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The evidence part of a {@code walkaway-export} file (see {@link ExportFile}), both ways. Kept
 * files travel as base64 so an export is complete; reading accepts version 1's four fields alone.
 */
final class ExportEvidence {
  private ExportEvidence() {}

  /** An entry read from an export, with the bytes of its files ({@code null} for a name alone). */
  record Item(EvidenceRow row, List<byte[]> contents) {
    Item {
      contents = java.util.Collections.unmodifiableList(new ArrayList<>(contents));
    }
  }

  static void write(Vault vault, JsonGenerator json) throws IOException {
    json.writeArrayFieldStart("evidence");
    for (EvidenceRow row : vault.evidence().all()) {
      writeRow(vault, row, json);
    }
    json.writeEndArray();
  }

  private static void writeRow(Vault vault, EvidenceRow row, JsonGenerator json)
      throws IOException {
    EvidenceRow.Facts facts = row.facts();
    json.writeStartObject();
    json.writeStringField("at", facts.occurredAt().toString());
    json.writeStringField("category", facts.kind());
    json.writeStringField("text", facts.what());
    json.writeStringField(
        "attachment", row.attachments().isEmpty() ? "" : row.attachments().get(0).name());
    json.writeNumberField("seq", row.seq());
    json.writeStringField("recorded", row.recordedAt().toString());
    json.writeStringField("channel", facts.channel());
    json.writeStringField("his_identifier", facts.hisIdentifier());
    json.writeStringField("place", facts.place());
    json.writeStringField("witnesses", facts.witnesses());
    json.writeStringField("injuries", facts.injuries());
    json.writeStringField("medical", facts.medical());
    json.writeStringField("police_reference", facts.policeReference());
    if (row.refersTo().isPresent()) {
      json.writeObjectFieldStart("refers_to");
      json.writeNumberField("seq", row.refersTo().get().seq());
      json.writeStringField("relation", row.refersTo().get().relation());
      json.writeEndObject();
    }
    if (row.quote().isPresent()) {
      writeQuote(row.quote().get(), json);
    }
    writeFiles(vault, row, json);
    json.writeStringField("prev_hash", row.prevHash());
    json.writeStringField("hash", row.hash());
    json.writeEndObject();
  }

  private static void writeQuote(EvidenceRow.QuotedMessage quote, JsonGenerator json)
      throws IOException {
    json.writeObjectFieldStart("quote");
    json.writeStringField("text", quote.text());
    json.writeStringField("source", quote.source());
    json.writeNumberField("line", quote.line());
    json.writeStringField("file_sha256", quote.fileSha256());
    json.writeStringField("at", quote.at().toString());
    json.writeEndObject();
  }

  private static void writeFiles(Vault vault, EvidenceRow row, JsonGenerator json)
      throws IOException {
    json.writeArrayFieldStart("attachments");
    for (EvidenceRow.Attachment file : row.attachments()) {
      json.writeStartObject();
      json.writeNumberField("position", file.position());
      json.writeStringField("name", file.name());
      json.writeStringField("sha256", file.sha256());
      json.writeNumberField("size", file.size());
      Optional<byte[]> content = vault.evidence().content(row.seq(), file.position());
      if (content.isPresent()) {
        json.writeBinaryField("content", content.get());
      }
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  /** Reads one item; {@code fields} reads a required text field or says where it is missing. */
  static Item read(JsonNode node, Fields fields) {
    LocalDateTime at = fields.time(node, "at");
    EvidenceRow.Facts facts =
        new EvidenceRow.Facts(
            at,
            node.path("category").asText("other").isBlank()
                ? "other"
                : node.path("category").asText(),
            node.path("channel").asText(""),
            fields.text(node, "text"),
            node.path("his_identifier").asText(""),
            node.path("place").asText(""),
            node.path("witnesses").asText(""),
            node.path("injuries").asText(""),
            node.path("medical").asText(""),
            node.path("police_reference").asText(""));
    LocalDateTime recorded = node.has("recorded") ? fields.time(node, "recorded") : at;
    List<EvidenceRow.Attachment> files = new ArrayList<>();
    List<byte[]> contents = new ArrayList<>();
    readFiles(node, fields, files, contents);
    EvidenceRow row =
        new EvidenceRow(
            node.path("seq").asLong(0),
            recorded,
            facts,
            link(node),
            quote(node, fields),
            files,
            node.path("prev_hash").asText(""),
            node.path("hash").asText(""));
    return new Item(row, contents);
  }

  private static Optional<EvidenceRow.Link> link(JsonNode node) {
    JsonNode link = node.get("refers_to");
    return link == null || !link.isObject()
        ? Optional.empty()
        : Optional.of(
            new EvidenceRow.Link(link.path("seq").asLong(0), link.path("relation").asText("")));
  }

  private static Optional<EvidenceRow.QuotedMessage> quote(JsonNode node, Fields fields) {
    JsonNode quote = node.get("quote");
    if (quote == null || !quote.isObject()) {
      return Optional.empty();
    }
    return Optional.of(
        new EvidenceRow.QuotedMessage(
            quote.path("text").asText(""),
            quote.path("source").asText(""),
            quote.path("line").asLong(0),
            quote.path("file_sha256").asText(""),
            fields.time(quote, "at")));
  }

  private static void readFiles(
      JsonNode node, Fields fields, List<EvidenceRow.Attachment> files, List<byte[]> contents) {
    JsonNode list = node.get("attachments");
    if (list == null || !list.isArray()) {
      String name = node.path("attachment").asText("");
      if (!name.isEmpty()) {
        files.add(new EvidenceRow.Attachment(0, name, "", 0));
        contents.add(null);
      }
      return;
    }
    for (JsonNode file : list) {
      byte[] content = file.has("content") ? fields.bytes(file, "content") : null;
      files.add(
          new EvidenceRow.Attachment(
              files.size(),
              file.path("name").asText(""),
              file.path("sha256").asText(""),
              file.path("size").asLong(content == null ? 0 : content.length)));
      contents.add(content);
    }
  }

  /** Required fields, read with the export's line in any complaint. */
  interface Fields {
    String text(JsonNode node, String field);

    LocalDateTime time(JsonNode node, String field);

    default byte[] bytes(JsonNode node, String field) {
      try {
        return Base64.getDecoder().decode(text(node, field));
      } catch (IllegalArgumentException e) {
        throw new VaultException("\"" + field + "\" is not base64 (" + e.getMessage() + ")");
      }
    }
  }
}
