package app.walkaway.vault;

import app.walkaway.event.Event;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Objects;

/**
 * Writes everything in the vault as one JSON document that {@code walkaway import} reads back.
 * Format, version 1 (only ever add fields; a change that old readers would misread bumps the
 * version):
 *
 * <pre>{@code
 * {
 *   "format": "walkaway-export", "version": 1, "exported": "2026-11-21T10:00:00",
 *   "events": [ {"at": "2026-03-01T09:15:00", "who": "them", "kind": "message",
 *                "channel": "whatsapp", "text": "…", "seconds": 0,
 *                "source": {"file": "chat.txt", "line": 12}} ],
 *   "plan": {"plan.start": "2026-03-01"},
 *   "journal": [ {"at": "…", "text": "…"} ],
 *   "evidence": [ {"at": "…", "category": "…", "text": "…", "attachment": "",
 *                  "seq": 1, "recorded": "…", "channel": "", "his_identifier": "", "place": "",
 *                  "witnesses": "", "injuries": "", "medical": "", "police_reference": "",
 *                  "refers_to": {"seq": 1, "relation": "corrects"},
 *                  "quote": {"text": "…", "source": "chat.txt", "line": 12,
 *                            "file_sha256": "…", "at": "…"},
 *                  "attachments": [ {"position": 0, "name": "photo.jpg", "sha256": "…",
 *                                    "size": 1234, "content": "base64…"} ],
 *                  "prev_hash": "…", "hash": "…"} ],
 *   "sources": [ {"file": "chat.txt", "sha256": "…"} ],
 *   "risk_screens": [ {"at": "…", "answers": "{…}", "outcome": "concerns"} ]
 * }
 * }</pre>
 *
 * Times are local wall-clock times without a zone, as the vault keeps them; {@code who} is me, them
 * or other; {@code kind} is a {@link app.walkaway.event.Kind#label()}. An evidence item's first
 * four fields are version 1's ({@code category} is the entry's kind, {@code text} her words, {@code
 * attachment} the first file's name); the rest were added with the evidence chain (vault schema 4)
 * and are optional when reading, as are {@code refers_to}, {@code quote}, {@code sources} and
 * {@code risk_screens}.
 */
public final class ExportFile {
  public static final String FORMAT = "walkaway-export";
  public static final int VERSION = 1;

  private ExportFile() {}

  /**
   * Writes the whole vault to the new file {@code target}, private to her (0600), whole or not at
   * all: through a hidden partial file in the same folder, forced to the disk and renamed (see
   * {@link SafeFiles}). On a full disk, or any other failure, the partial file is overwritten and
   * removed and nothing is left under her name: a truncated plaintext export would look whole and
   * hold her words in the clear. Returns the events written.
   */
  public static long writeTo(Vault vault, Path target, LocalDateTime now) {
    Objects.requireNonNull(target, "target");
    Path absolute = target.toAbsolutePath();
    if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
      throw new VaultException(target + ": already exists; choose a new file name for the export");
    }
    if (absolute.getParent() == null || !Files.isDirectory(absolute.getParent())) {
      throw new VaultException(target + ": the folder " + absolute.getParent() + " does not exist");
    }
    Path partial = SafeFiles.createPartial(absolute);
    try {
      long events;
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
        events = write(vault, out, now);
      }
      SafeFiles.commit(partial, absolute);
      return events;
    } catch (IOException | UncheckedIOException e) {
      VaultFiles.wipe(partial);
      IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
      throw new VaultException(
          target
              + ": could not write the export ("
              + cause.getMessage()
              + "). Nothing was left behind; if the disk is full, free some space and try again.",
          e);
    } catch (RuntimeException | Error e) {
      VaultFiles.wipe(partial);
      throw e;
    }
  }

  /** Writes the whole vault; {@code now} is recorded as the export time. Returns events written. */
  public static long write(Vault vault, OutputStream out, LocalDateTime now) {
    try (JsonGenerator json =
        new JsonFactory().createGenerator(out, JsonEncoding.UTF8).useDefaultPrettyPrinter()) {
      json.writeStartObject();
      json.writeStringField("format", FORMAT);
      json.writeNumberField("version", VERSION);
      json.writeStringField("exported", now.withNano(0).toString());
      long events = writeEvents(vault, json);
      writePlan(vault.plan().all(), json);
      writeJournal(vault, json);
      ExportEvidence.write(vault, json);
      writeSources(vault, json);
      writeScreens(vault, json);
      json.writeEndObject();
      return events;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long writeEvents(Vault vault, JsonGenerator json) throws IOException {
    json.writeArrayFieldStart("events");
    long[] count = {0};
    vault.events().forEach(event -> writeEvent(json, event, count));
    json.writeEndArray();
    return count[0];
  }

  private static void writeEvent(JsonGenerator json, Event event, long[] count) {
    try {
      json.writeStartObject();
      json.writeStringField("at", event.at().toString());
      json.writeStringField("who", ExportNames.who(event.who()));
      json.writeStringField("kind", event.kind().label());
      json.writeStringField("channel", ExportNames.channel(event.channel()));
      json.writeStringField("text", event.text());
      json.writeNumberField("seconds", event.seconds());
      json.writeObjectFieldStart("source");
      json.writeStringField("file", event.source().origin());
      json.writeNumberField("line", event.source().line());
      json.writeEndObject();
      json.writeEndObject();
      count[0]++;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writePlan(Map<String, String> plan, JsonGenerator json) throws IOException {
    json.writeObjectFieldStart("plan");
    for (Map.Entry<String, String> entry : plan.entrySet()) {
      json.writeStringField(entry.getKey(), entry.getValue());
    }
    json.writeEndObject();
  }

  private static void writeJournal(Vault vault, JsonGenerator json) throws IOException {
    json.writeArrayFieldStart("journal");
    for (JournalEntry entry : vault.journal().all()) {
      json.writeStartObject();
      json.writeStringField("at", entry.at().toString());
      json.writeStringField("text", entry.text());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void writeSources(Vault vault, JsonGenerator json) throws IOException {
    json.writeArrayFieldStart("sources");
    for (Map.Entry<String, String> source : vault.sources().digests().entrySet()) {
      json.writeStartObject();
      json.writeStringField("file", source.getKey());
      json.writeStringField("sha256", source.getValue());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void writeScreens(Vault vault, JsonGenerator json) throws IOException {
    json.writeArrayFieldStart("risk_screens");
    for (ScreenRecord screen : vault.screens().all()) {
      json.writeStartObject();
      json.writeStringField("at", screen.at().toString());
      json.writeStringField("answers", screen.answers());
      json.writeStringField("outcome", screen.outcome());
      json.writeEndObject();
    }
    json.writeEndArray();
  }
}
