package app.walkaway.importer.meta;

import app.walkaway.event.Channel;
import app.walkaway.importer.ChatImporter;
import app.walkaway.importer.Entry;
import app.walkaway.importer.ImportException;
import app.walkaway.importer.ImportOptions;
import app.walkaway.importer.ImportReport;
import app.walkaway.importer.Inputs;
import app.walkaway.importer.Limits;
import app.walkaway.importer.Peek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Messenger and Instagram downloads (FORMATS §3). All files of his thread are read, then put in
 * time order (stable for ties), because the order across message_N.json files is undocumented.
 *
 * <p>Instagram or Messenger: Instagram when the path says so (your_instagram_activity/, an
 * "instagram" folder or zip name) or a message carries Instagram's sender_id_INTERNAL; otherwise
 * Messenger.
 */
public final class MetaImporter implements ChatImporter {

  @Override
  public String description() {
    return "Facebook Messenger or Instagram download (message_1.json, its thread folder, or the"
        + " zip)";
  }

  @Override
  public boolean recognizes(Peek peek) {
    return switch (peek.kind()) {
      case FILE -> looksLikeMeta(peek.head());
      case DIRECTORY, ZIP -> peek.members().stream().anyMatch(MetaThread::isMessageFile);
    };
  }

  static boolean looksLikeMeta(String head) {
    return head.stripLeading().startsWith("{")
        && head.contains("\"participants\"")
        && (head.contains("\"sender_name\"") || head.contains("\"timestamp_ms\""));
  }

  @Override
  public ImportReport read(Peek peek, ImportOptions options, Consumer<Entry> sink) {
    Objects.requireNonNull(options, "options");
    String origin = String.valueOf(peek.path().getFileName());
    try (Inputs inputs = Inputs.of(peek, options)) {
      List<MetaThread> threads = MetaThread.group(inputs.members(MetaThread::isMessageFile));
      if (threads.isEmpty()) {
        throw new ImportException(origin + ": no message_1.json (Messenger or Instagram) in it");
      }
      if (threads.size() > Limits.MAX_CONVERSATIONS) {
        throw Limits.tooManyConversations(origin, "conversations");
      }
      MetaThread thread =
          threads.size() == 1 ? threads.get(0) : MetaChoice.choose(origin, threads, options.them());
      return readThread(origin, thread, options, sink);
    }
  }

  private ImportReport readThread(
      String origin, MetaThread thread, ImportOptions options, Consumer<Entry> sink) {
    MetaMessages reader = new MetaMessages();
    List<MetaItem> items = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    long replaced = 0;
    for (var file : thread.files()) {
      MetaFile.Read read = MetaFile.read(file, options, reader);
      items.addAll(read.items());
      if (items.size() > options.maxEntries()) {
        throw Limits.tooManyEntries(origin, options.maxEntries());
      }
      replaced += read.replaced();
      read.stop().ifPresent(notes::add);
    }
    items.sort(Comparator.comparingLong(MetaItem::epochMs)); // List.sort is stable
    boolean instagram = reader.instagramHint || thread.pathSaysInstagram(origin);
    Channel channel = instagram ? Channel.INSTAGRAM : Channel.MESSENGER;
    ZoneId zone = options.zone(); // looked up once, not per message
    items.forEach(item -> sink.accept(item.toEntry(channel, zone)));
    if (reader.undated > 0) {
      notes.add(reader.undated + " messages without a readable time were left out.");
    }
    String format = instagram ? "Instagram" : "Facebook Messenger";
    String name = thread.files().size() == 1 ? thread.files().get(0).name() : origin;
    return new ImportReport(name, format, items.size(), reader.systemLines, replaced, notes);
  }
}
