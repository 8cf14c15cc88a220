package app.walkaway.importer;

import app.walkaway.importer.whatsapp.WhatsAppImporter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** The supported formats, and detection of which one a file is. */
public final class Importers {
  // Order matters only when two formats could both claim a file; the most specific comes first.
  private static final List<ChatImporter> ALL =
      List.of(
          new app.walkaway.importer.telegram.TelegramImporter(),
          new app.walkaway.importer.meta.MetaImporter(),
          new app.walkaway.importer.sms.SmsImporter(),
          new WhatsAppImporter());

  private Importers() {}

  public static List<ChatImporter> all() {
    return ALL;
  }

  /** The importer for this input, or an {@link ImportException} that lists what is supported. */
  public static ChatImporter require(Peek peek) {
    Objects.requireNonNull(peek, "peek");
    for (ChatImporter importer : ALL) {
      if (importer.recognizes(peek)) {
        return importer;
      }
    }
    for (ChatImporter importer : ALL) {
      Optional<ImportException> refusal = importer.findRefusal(peek);
      if (refusal.isPresent()) {
        throw refusal.get();
      }
    }
    if (peek.kind() == Peek.Shape.DIRECTORY) {
      throw new ImportException(
          peek.path()
              + ": is a folder, and none of its files is a chat export Walkaway can read; give"
              + " the export itself, or the folder it came in. Supported: "
              + supported());
    }
    throw new ImportException(
        peek.path() + ": not a chat export Walkaway can read. Supported: " + supported());
  }

  /** Reads one input completely into memory. */
  public static ImportedFile read(Path path, ImportOptions options) {
    List<Entry> entries = new ArrayList<>();
    ImportReport report = read(path, options, entries::add);
    return new ImportedFile(report, entries);
  }

  /**
   * Reads one input, handing each entry to {@code sink} in file order and keeping none of them, so
   * a caller that needs only some fields of each pays only for those.
   */
  public static ImportReport read(Path path, ImportOptions options, Consumer<Entry> sink) {
    Objects.requireNonNull(sink, "sink");
    try {
      Peek peek = Peek.of(path);
      return require(peek).read(peek, options, sink);
    } catch (OutOfMemoryError e) {
      throw outOfMemory(path, e);
    } catch (StackOverflowError e) {
      throw new ImportException(
          name(path)
              + ": its structure is nested too deeply to read, as no real export is (a damaged or"
              + " unsafe file), so it was not read",
          e);
    }
  }

  /**
   * What to tell her when reading a file took all the memory there is: by the time this runs, what
   * the reading held is garbage, so a message can be made. Not her fault, and not a bug to report.
   */
  private static ImportException outOfMemory(Path path, OutOfMemoryError e) {
    long most = Runtime.getRuntime().maxMemory();
    String limit =
        most == Long.MAX_VALUE ? "" : " (it may use up to " + Sizes.bytes(most) + " here)";
    return new ImportException(
        name(path)
            + ": Walkaway ran out of memory while reading it"
            + limit
            + ", so it was not read; the file may be damaged, or too big for the memory Walkaway"
            + " has here.",
        e);
  }

  private static String name(Path path) {
    return String.valueOf(path.getFileName() == null ? path : path.getFileName());
  }

  static String supported() {
    return ALL.stream().map(ChatImporter::description).collect(Collectors.joining("; "));
  }
}
