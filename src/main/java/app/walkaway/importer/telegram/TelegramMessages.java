package app.walkaway.importer.telegram;

import app.walkaway.event.Channel;
import app.walkaway.event.Kind;
import app.walkaway.event.SourceRef;
import app.walkaway.importer.Author;
import app.walkaway.importer.Entry;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Turns one Telegram message object into an entry (FORMATS §2.2), keeping count of the rest. */
final class TelegramMessages {
  static final String DELETED_ACCOUNT = "Deleted account";
  private static final String[] MEDIA_KEYS = {
    "photo",
    "file",
    "media_type",
    "sticker_emoji",
    "contact_information",
    "game_title",
    "invoice_information",
    "giveaway_information",
    "paid_stars_amount"
  };

  private final String origin;
  private final ZoneId zone;
  private final Map<String, String> names = new HashMap<>();
  private String ownerId;
  private String ownerName;
  private String himId;
  private String himName;
  long systemLines;
  long undated;

  TelegramMessages(String origin, ZoneId zone) {
    this.origin = origin;
    this.zone = zone;
  }

  void owner(String id, String name) {
    ownerId = id;
    ownerName = name;
  }

  /** In a personal chat the chat id is his user id, and the chat name is how she knows him. */
  void personalChat(String chatId, String chatName) {
    himId = chatId == null ? null : "user" + chatId;
    himName = chatName;
  }

  Optional<Entry> read(JsonNode m, long line) {
    String type = m.path("type").asText("");
    if (!type.equals("message") && !type.equals("service")) {
      systemLines++; // "unsupported" messages carry nothing but an id
      return Optional.empty();
    }
    Optional<LocalDateTime> at = time(m);
    if (at.isEmpty()) {
      undated++;
      return Optional.empty();
    }
    SourceRef source = SourceRef.of(origin, line);
    if (type.equals("service")) {
      return service(m, at.get(), source);
    }
    Author author = author(m.path("from_id"), m.path("from"));
    String text = TelegramText.of(m);
    return Optional.of(new Entry(at.get(), author, kind(m), Channel.TELEGRAM, text, source, 0));
  }

  private Optional<Entry> service(JsonNode m, LocalDateTime at, SourceRef source) {
    if (!"phone_call".equals(m.path("action").asText(""))) {
      systemLines++;
      return Optional.empty();
    }
    String reason = m.path("discard_reason").asText("");
    boolean missed = reason.equals("missed") || reason.equals("busy") || reason.equals("declined");
    long seconds = Math.max(0, m.path("duration_seconds").asLong(0));
    Author caller = author(m.path("actor_id"), m.path("actor"));
    Kind kind = missed ? Kind.MISSED_CALL : Kind.CALL;
    return Optional.of(
        new Entry(at, caller, kind, Channel.TELEGRAM, "", source, missed ? 0 : seconds));
  }

  private static Kind kind(JsonNode m) {
    if (m.path("poll").isObject()) {
      return Kind.POLL;
    }
    if (m.has("location_information")
        || m.has("place_name")
        || m.has("live_location_period_seconds")) {
      return Kind.LOCATION;
    }
    for (String key : MEDIA_KEYS) {
      if (m.has(key)) {
        return Kind.MEDIA;
      }
    }
    // An empty text with nothing we know of is still something sent: a dice, a game, a new kind.
    return TelegramText.of(m).isEmpty() ? Kind.MEDIA : Kind.MESSAGE;
  }

  /** Identity is from_id (FORMATS §2.3): names change, and deleted accounts have none. */
  private Author author(JsonNode idNode, JsonNode fromNode) {
    String id = idNode.isValueNode() && !idNode.isNull() ? idNode.asText() : "";
    if (!id.isEmpty() && id.equals(ownerId)) {
      return Author.owner(ownerName.isEmpty() ? name(id, fromNode) : ownerName);
    }
    if (!id.isEmpty() && id.equals(himId) && himName != null && !himName.isBlank()) {
      return Author.named(himName);
    }
    return Author.named(name(id, fromNode));
  }

  /** The first name seen for an id stays its name, so a rename does not split one person. */
  private String name(String id, JsonNode fromNode) {
    String from = fromNode.isTextual() && !fromNode.asText().isBlank() ? fromNode.asText() : null;
    if (id.isEmpty()) {
      return from == null ? DELETED_ACCOUNT : from;
    }
    return names.computeIfAbsent(id, k -> from == null ? DELETED_ACCOUNT : from);
  }

  /** date_unixtime (UTC seconds, as a string) in her zone; else date, the PC's local time. */
  private Optional<LocalDateTime> time(JsonNode m) {
    try {
      JsonNode unix = m.path("date_unixtime");
      if (unix.isValueNode() && !unix.isNull() && unix.asText().matches("-?\\d{1,12}")) {
        Instant instant = Instant.ofEpochSecond(Long.parseLong(unix.asText()));
        return Optional.of(LocalDateTime.ofInstant(instant, zone));
      }
      JsonNode date = m.path("date");
      return date.isTextual() ? Optional.of(LocalDateTime.parse(date.asText())) : Optional.empty();
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
