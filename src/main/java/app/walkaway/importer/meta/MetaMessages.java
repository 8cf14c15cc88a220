package app.walkaway.importer.meta;

import app.walkaway.event.Kind;
import app.walkaway.event.SourceRef;
import app.walkaway.importer.Author;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * Turns one Meta message object into items (FORMATS §3.3): the message itself, then one REACTION
 * per reaction on it. Meta's English notices ("… sent an attachment.", "… liked a message") are
 * read as what they stand for; in other account languages they stay ordinary messages.
 */
final class MetaMessages {
  static final String NO_NAME = "(no name)";
  // Limits on what a reaction's own timestamp may be: below this it is in seconds, not ms.
  private static final long SECONDS_LIMIT = 100_000_000_000L;
  private static final String[] MEDIA_KEYS = {
    "photos", "videos", "audio_files", "gifs", "files", "sticker"
  };

  long systemLines;
  long undated;
  boolean instagramHint;

  void read(JsonNode m, SourceRef source, List<MetaItem> out) {
    instagramHint |= m.has("sender_id_INTERNAL");
    Optional<Long> at = millis(m.path("timestamp_ms"));
    if (at.isEmpty()) {
      undated++;
      return;
    }
    Author sender = Author.named(text(m.path("sender_name"), NO_NAME));
    Optional<MetaItem> item = item(m, at.get(), sender, source);
    if (item.isEmpty()) {
      systemLines++;
    }
    item.ifPresent(out::add);
    for (JsonNode reaction : m.path("reactions")) {
      long when = millis(reaction.path("timestamp")).map(MetaMessages::toMillis).orElse(at.get());
      Author actor = Author.named(text(reaction.path("actor"), NO_NAME));
      String emoji = text(reaction.path("reaction"), "");
      out.add(new MetaItem(when, actor, Kind.REACTION, emoji, source, 0));
    }
  }

  private Optional<MetaItem> item(JsonNode m, long at, Author sender, SourceRef source) {
    String type = m.path("type").asText("");
    String content = text(m.path("content"), "");
    if (m.path("is_unsent").asBoolean(false)) {
      return Optional.of(new MetaItem(at, sender, Kind.DELETED, "", source, 0));
    }
    if (m.has("call_duration") || type.equals("Call")) {
      long seconds = Math.max(0, m.path("call_duration").asLong(0));
      Kind kind = seconds > 0 ? Kind.CALL : Kind.MISSED_CALL;
      return Optional.of(new MetaItem(at, sender, kind, "", source, seconds));
    }
    if (type.equals("Subscribe") || type.equals("Unsubscribe")) {
      return Optional.empty();
    }
    Notice notice = Notice.of(content);
    if (notice.kind().isEmpty()) {
      return Optional.empty();
    }
    Kind kind = kind(m, notice);
    String body = notice.text();
    if (kind == Kind.SHARE && body.isEmpty()) {
      body = text(m.path("share").path("share_text"), text(m.path("share").path("link"), ""));
    }
    if (kind == Kind.MESSAGE && body.isBlank()) {
      return Optional.empty(); // nothing said and nothing sent
    }
    return Optional.of(new MetaItem(at, sender, kind, body, source, 0));
  }

  private static Kind kind(JsonNode m, Notice notice) {
    Kind said = notice.kind().get();
    if (said != Kind.MESSAGE && said != Kind.MEDIA) {
      return said;
    }
    if (m.has("share") || "Share".equals(m.path("type").asText(""))) {
      return Kind.SHARE;
    }
    for (String key : MEDIA_KEYS) {
      if (m.has(key)) {
        return Kind.MEDIA;
      }
    }
    return said; // MEDIA: "… sent an attachment." with nothing attached that we know of
  }

  static String text(JsonNode node, String otherwise) {
    return node.isTextual() ? Mojibake.repair(node.asText()) : otherwise;
  }

  private static Optional<Long> millis(JsonNode node) {
    if (node.isIntegralNumber() || (node.isTextual() && node.asText().matches("\\d{1,15}"))) {
      return Optional.of(node.asLong());
    }
    return Optional.empty();
  }

  private static long toMillis(long value) {
    return value < SECONDS_LIMIT ? value * 1000 : value;
  }
}
