package app.walkaway.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Writes one JSON document the way every command prints it (two-space indent, "key": value),
 * straight through a generator: a short-lived command then spends no time setting up Jackson's
 * object mapper, which only sections built as trees (signals, read-out) still bring in.
 */
final class JsonDoc {
  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  /** A piece of a document, written through the generator. */
  interface Part {
    void write(JsonGenerator json) throws IOException;
  }

  private JsonDoc() {}

  /** The mapper for sections built as trees; made on first use. */
  static ObjectMapper mapper() {
    return Mapper.MAPPER;
  }

  /**
   * An empty object for sections to fill, made without the mapper: a command that ends up adding
   * nothing to it (analyze without a start day) then never sets the mapper up (about 30 ms).
   */
  static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  /** The document {@code body} writes, without a trailing newline. */
  static String write(Part body) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.setPrettyPrinter(printer());
      body.write(json);
    } catch (IOException e) {
      throw new UncheckedIOException("writing JSON to a string cannot fail", e);
    }
    return out.toString();
  }

  /** Writes a tree under {@code key}. */
  static void tree(JsonGenerator json, String key, JsonNode node) throws IOException {
    json.writeFieldName(key);
    mapper().writeTree(json, node);
  }

  /** Writes every field of {@code node} into the object being written. */
  static void fields(JsonGenerator json, ObjectNode node) throws IOException {
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      tree(json, field.getKey(), field.getValue());
    }
  }

  private static DefaultPrettyPrinter printer() {
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    printer.indentArraysWith(new DefaultIndenter("  ", "\n"));
    printer.indentObjectsWith(new DefaultIndenter("  ", "\n"));
    return printer;
  }

  private static final class Mapper {
    static final ObjectMapper MAPPER =
        JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();
  }
}
