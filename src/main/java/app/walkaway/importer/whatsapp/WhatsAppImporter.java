package app.walkaway.importer.whatsapp;

import app.walkaway.event.Channel;
import app.walkaway.event.SourceRef;
import app.walkaway.importer.ChatImporter;
import app.walkaway.importer.Entry;
import app.walkaway.importer.ImportException;
import app.walkaway.importer.ImportOptions;
import app.walkaway.importer.ImportReport;
import app.walkaway.importer.Limits;
import app.walkaway.importer.Peek;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * WhatsApp "Export chat" (.txt, or .zip with or without media), following FORMATS §1. Reads in two
 * streaming passes: {@link Survey} decides the header shape and date order from the whole file,
 * {@link Emitter} then reads the messages by that decision.
 */
public final class WhatsAppImporter implements ChatImporter {
  private static final AtomicBoolean MARKERS_ASIDE = new AtomicBoolean();

  @Override
  public String description() {
    return "WhatsApp chat export (.txt or .zip)";
  }

  @Override
  public boolean recognizes(Peek peek) {
    Objects.requireNonNull(peek, "peek");
    return switch (peek.kind()) {
      case FILE -> fileHasHeader(peek);
      case ZIP -> hasTextMember(peek) && zipHoldsChat(peek);
      case DIRECTORY -> false;
    };
  }

  /**
   * A .txt file, or a zip with a .txt in it, that is not a readable chat was most likely meant as a
   * WhatsApp export, so she hears why it is not one rather than a list of formats.
   */
  @Override
  public Optional<ImportException> findRefusal(Peek peek) {
    boolean meant =
        switch (peek.kind()) {
          case FILE -> lowerName(peek).endsWith(".txt");
          case ZIP -> hasTextMember(peek);
          case DIRECTORY -> false;
        };
    if (!meant) {
      return Optional.empty();
    }
    try {
      read(peek, ImportOptions.defaults(), entry -> {});
      return Optional.empty();
    } catch (ImportException e) {
      return Optional.of(e);
    }
  }

  /**
   * Starts loading the placeholder tables ({@link Markers}) on another thread, once per process:
   * the first pass, which needs none of them, reads the file meanwhile. Loading them takes about 15
   * ms at a command's start (measured, JDK 17, first JIT tier), which the threads of the second
   * pass would otherwise wait for. Whoever needs them before they are ready waits, as for any class
   * being initialized. (Markers itself must not be touched here: that would load them on this
   * thread.)
   */
  private static void loadMarkersAside() {
    if (MARKERS_ASIDE.compareAndSet(false, true)) {
      Thread loader =
          new Thread(() -> Objects.requireNonNull(Markers.INSTANCE), "walkaway-markers");
      loader.setDaemon(true);
      loader.start();
    }
  }

  @Override
  public ImportReport read(Peek peek, ImportOptions options, Consumer<Entry> sink) {
    Objects.requireNonNull(peek, "peek");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(sink, "sink");
    loadMarkersAside();
    try (ChatSource source = ChatSource.open(peek, options.maxUncompressedBytes())) {
      Layout layout;
      try (LineReader lines = new LineReader(source.open(), Survey.PREFIX_BYTES)) {
        layout = Survey.run(lines, source.origin(), source::exportYear);
      }
      return secondPass(source, layout, options, sink).report(layout, source.origin());
    } catch (UncheckedIOException e) {
      throw new ImportException(
          peek.path().getFileName() + ": cannot read the file (" + e.getCause().getMessage() + ")",
          e);
    }
  }

  /**
   * A big plain file with years in its dates is read in segments on every core; a zip member is a
   * stream, and a file without years needs every month before a line to know its year.
   */
  private static Counts secondPass(
      ChatSource source, Layout layout, ImportOptions options, Consumer<Entry> sink) {
    Optional<Path> plain = source.file();
    if (plain.isPresent() && Shape.hasYear(layout.shape())) {
      long size = source.size();
      int threads = Segments.threadsFor(size, options.threads());
      if (threads > 1) {
        return Segments.read(
            plain.get(),
            size,
            layout,
            options.texts(),
            source.origin(),
            threads,
            options.maxEntries(),
            sink);
      }
    }
    String origin = source.origin();
    long max = options.maxEntries();
    long[] count = {0};
    Emitter.Out out =
        (at, millis, author, kind, text, asks, line) -> {
          if (++count[0] > max) {
            throw Limits.tooManyEntries(origin, max);
          }
          sink.accept(
              new Entry(
                  at, author, kind, Channel.WHATSAPP, text, SourceRef.of(origin, line), 0, asks));
        };
    try (LineReader lines = new LineReader(source.open())) {
      return new Emitter(layout, out, options.texts()).run(lines);
    }
  }

  /** The peek's head may hold fewer than 500 lines of a file with long lines; read them all. */
  private static boolean fileHasHeader(Peek peek) {
    if (peek.head().isEmpty()) {
      return false;
    }
    try {
      return HeadCheck.headers(Files.newInputStream(peek.path())) > 0;
    } catch (IOException | UncheckedIOException e) {
      return false;
    }
  }

  private static boolean zipHoldsChat(Peek peek) {
    try (ChatSource source = ChatSource.open(peek, ImportOptions.DEFAULT_MAX_UNCOMPRESSED)) {
      return true;
    } catch (ImportException e) {
      return false;
    }
  }

  private static boolean hasTextMember(Peek peek) {
    return peek.members().stream()
        .anyMatch(m -> m.toLowerCase(Locale.ROOT).endsWith(".txt") && !m.startsWith("__MACOSX/"));
  }

  private static String lowerName(Peek peek) {
    return String.valueOf(peek.path().getFileName()).toLowerCase(Locale.ROOT);
  }
}
