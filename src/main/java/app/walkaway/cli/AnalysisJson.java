package app.walkaway.cli;

import app.walkaway.analysis.Delays;
import app.walkaway.analysis.Figures;
import app.walkaway.analysis.Period;
import app.walkaway.analysis.PersonFigures;
import app.walkaway.importer.Cast;
import app.walkaway.importer.ImportReport;
import app.walkaway.importer.Participant;
import app.walkaway.importer.Participants;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.OptionalDouble;

/**
 * The JSON contract of {@code walkaway analyze --json}. Keys are snake_case and only ever added; a
 * change to the meaning of a key raises {@link #SCHEMA}.
 */
final class AnalysisJson {
  static final int SCHEMA = 1;
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
  static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  private AnalysisJson() {}

  static String render(LoadedChat chat, Participants people, Cast cast, Figures figures) {
    return render(chat, people, cast, figures, root -> {});
  }

  /** The same, with sections other commands add (signals and read-out) appended at the end. */
  static String render(
      LoadedChat chat,
      Participants people,
      Cast cast,
      Figures figures,
      java.util.function.Consumer<ObjectNode> more) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schema", SCHEMA);
    root.put("format", chat.format());
    root.put("messages", chat.size());
    ObjectNode participants = root.putObject("participants");
    for (Participant p : people.list()) {
      participants.put(p.name(), p.messages());
    }
    root.put("first", time(chat.first()));
    root.put("last", time(chat.last()));
    root.put("me", cast.me().name());
    root.put("them", cast.them().map(Participant::name).orElse(null));
    settings(root, chat, figures);
    ArrayNode files = root.putArray("import");
    chat.files().forEach(f -> files.add(file(f)));
    ObjectNode periods = root.putObject("periods");
    figures.periods().forEach(p -> periods.set(p.name().key(), period(p)));
    more.accept(root);
    return write(root);
  }

  private static void settings(ObjectNode root, LoadedChat chat, Figures figures) {
    root.put("now", time(figures.settings().now()));
    root.put("start", figures.settings().start().map(Object::toString).orElse(null));
    root.put("gap_hours", round(figures.settings().gap().toSeconds() / 3600.0, 2));
    root.put("duplicates_removed", chat.duplicates());
    root.put("left_out_after_now", figures.afterNow());
  }

  private static ObjectNode file(LoadedChat.ReadFile file) {
    ImportReport report = file.report();
    ObjectNode node = MAPPER.createObjectNode();
    node.put("file", report.origin());
    node.put("format", file.format());
    node.put("format_detail", report.format());
    node.put("entries", report.entries());
    node.put("system_lines", report.systemLines());
    node.put("replaced_chars", report.replacedChars());
    ArrayNode notes = node.putArray("notes");
    report.notes().forEach(notes::add);
    return node;
  }

  static ObjectNode period(Period period) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("from", time(period.from()));
    node.put("to", time(period.to()));
    node.put("days", round(period.days(), 2));
    node.put("conversations", period.conversations());
    node.set("me", person(period.me()));
    node.set("them", person(period.them()));
    return node;
  }

  private static ObjectNode person(PersonFigures f) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("messages", f.messages());
    node.put("initiations", f.initiations());
    put(node, "initiation_share", f.initiationShare(), 3);
    ObjectNode delays = node.putObject("reply_delay_minutes");
    Delays d = f.replyDelays();
    put(delays, "median", d.median(), 1);
    put(delays, "p90", d.p90(), 1);
    delays.put("count", d.count());
    node.put("no_reply", f.noReply());
    node.put("unanswered", f.unanswered());
    node.put("pending", f.pending());
    node.put("double_texts", f.doubleTexts());
    put(node, "initiations_per_week", f.initiationsPerWeek(), 2);
    node.put("last_message", f.lastMessage().map(AnalysisJson::time).orElse(null));
    return node;
  }

  private static void put(ObjectNode node, String key, OptionalDouble value, int decimals) {
    if (value.isPresent()) {
      node.put(key, round(value.getAsDouble(), decimals));
    } else {
      node.putNull(key);
    }
  }

  static BigDecimal round(double value, int decimals) {
    return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
  }

  static String time(LocalDateTime time) {
    return TIME.format(time);
  }

  static String write(ObjectNode root) {
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    printer.indentArraysWith(new DefaultIndenter("  ", "\n"));
    printer.indentObjectsWith(new DefaultIndenter("  ", "\n"));
    try {
      return MAPPER.writer(printer).writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain values always serializes", e);
    }
  }
}
