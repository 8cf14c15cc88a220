package app.walkaway.cli;

import app.walkaway.analysis.Delays;
import app.walkaway.analysis.Figures;
import app.walkaway.analysis.Period;
import app.walkaway.analysis.PersonFigures;
import app.walkaway.importer.Cast;
import app.walkaway.importer.ImportReport;
import app.walkaway.importer.LoadedChat;
import app.walkaway.importer.Participant;
import app.walkaway.importer.Participants;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.OptionalDouble;
import java.util.function.Consumer;

/**
 * The JSON contract of {@code walkaway analyze --json}. Keys are snake_case and only ever added; a
 * change to the meaning of a key raises {@link #SCHEMA}.
 */
final class AnalysisJson {
  static final int SCHEMA = 1;
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

  private AnalysisJson() {}

  static String render(LoadedChat chat, Participants people, Cast cast, Figures figures) {
    return JsonDoc.write(json -> document(json, chat, people, cast, figures, null));
  }

  /**
   * The same, with sections other commands add (signals and read-out) appended at the end: {@code
   * more} puts them into an object whose fields follow the figures.
   */
  static String render(
      LoadedChat chat, Participants people, Cast cast, Figures figures, Consumer<ObjectNode> more) {
    ObjectNode extra = JsonDoc.object();
    more.accept(extra);
    return JsonDoc.write(json -> document(json, chat, people, cast, figures, extra));
  }

  private static void document(
      JsonGenerator json,
      LoadedChat chat,
      Participants people,
      Cast cast,
      Figures figures,
      ObjectNode extra)
      throws IOException {
    json.writeStartObject();
    json.writeNumberField("schema", SCHEMA);
    json.writeStringField("format", chat.format());
    json.writeNumberField("messages", chat.size());
    json.writeObjectFieldStart("participants");
    for (Participant p : people.list()) {
      json.writeNumberField(p.name(), p.messages());
    }
    json.writeEndObject();
    json.writeStringField("first", time(chat.first()));
    json.writeStringField("last", time(chat.last()));
    json.writeStringField("me", cast.me().name());
    json.writeStringField("them", cast.them().map(Participant::name).orElse(null));
    settings(json, figures);
    json.writeNumberField("duplicates_removed", chat.duplicates());
    json.writeNumberField("left_out_after_now", figures.afterNow());
    json.writeArrayFieldStart("import");
    for (LoadedChat.ReadFile file : chat.files()) {
      file(json, file);
    }
    json.writeEndArray();
    periods(json, figures);
    if (extra != null) {
      JsonDoc.fields(json, extra);
    }
    json.writeEndObject();
  }

  /** now, start and gap_hours: what the figures were computed with. */
  static void settings(JsonGenerator json, Figures figures) throws IOException {
    json.writeStringField("now", time(figures.settings().now()));
    json.writeStringField("start", figures.settings().start().map(Object::toString).orElse(null));
    json.writeNumberField("gap_hours", round(figures.settings().gap().toSeconds() / 3600.0, 2));
  }

  private static void file(JsonGenerator json, LoadedChat.ReadFile file) throws IOException {
    ImportReport report = file.report();
    json.writeStartObject();
    json.writeStringField("file", report.origin());
    json.writeStringField("format", file.format());
    json.writeStringField("format_detail", report.format());
    json.writeNumberField("entries", report.entries());
    json.writeNumberField("system_lines", report.systemLines());
    json.writeNumberField("replaced_chars", report.replacedChars());
    json.writeArrayFieldStart("notes");
    for (String note : report.notes()) {
      json.writeString(note);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  /** The "periods" object: all, and before and after when there is a start day. */
  static void periods(JsonGenerator json, Figures figures) throws IOException {
    json.writeObjectFieldStart("periods");
    for (Period period : figures.periods()) {
      json.writeFieldName(period.name().key());
      period(json, period);
    }
    json.writeEndObject();
  }

  private static void period(JsonGenerator json, Period period) throws IOException {
    json.writeStartObject();
    json.writeStringField("from", time(period.from()));
    json.writeStringField("to", time(period.to()));
    json.writeNumberField("days", round(period.days(), 2));
    json.writeNumberField("conversations", period.conversations());
    json.writeFieldName("me");
    person(json, period.me());
    json.writeFieldName("them");
    person(json, period.them());
    json.writeEndObject();
  }

  private static void person(JsonGenerator json, PersonFigures f) throws IOException {
    json.writeStartObject();
    json.writeNumberField("messages", f.messages());
    json.writeNumberField("initiations", f.initiations());
    put(json, "initiation_share", f.initiationShare(), 3);
    json.writeObjectFieldStart("reply_delay_minutes");
    Delays d = f.replyDelays();
    put(json, "median", d.median(), 1);
    put(json, "p90", d.p90(), 1);
    json.writeNumberField("count", d.count());
    json.writeEndObject();
    json.writeNumberField("no_reply", f.noReply());
    json.writeNumberField("unanswered", f.unanswered());
    json.writeNumberField("pending", f.pending());
    json.writeNumberField("double_texts", f.doubleTexts());
    put(json, "initiations_per_week", f.initiationsPerWeek(), 2);
    json.writeStringField("last_message", f.lastMessage().map(AnalysisJson::time).orElse(null));
    json.writeEndObject();
  }

  private static void put(JsonGenerator json, String key, OptionalDouble value, int decimals)
      throws IOException {
    if (value.isPresent()) {
      json.writeNumberField(key, round(value.getAsDouble(), decimals));
    } else {
      json.writeNullField(key);
    }
  }

  static BigDecimal round(double value, int decimals) {
    return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
  }

  static String time(LocalDateTime time) {
    return TIME.format(time);
  }
}
