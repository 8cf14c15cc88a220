package app.walkaway.importer;

import app.walkaway.importer.merge.RowMerge;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * One or more exports of the same chat, read and merged into one time-sorted table.
 *
 * @param files each file as read, in the order given
 * @param table every authored entry, merged and sorted by time
 * @param duplicates entries that were in more than one file and kept once
 */
public record LoadedChat(List<ReadFile> files, ChatTable table, long duplicates) {

  /**
   * What reading one file found.
   *
   * @param report the importer's report
   * @param format a short name of the format: the app its entries come from ("whatsapp"), or the
   *     importer's description when the file holds no entries
   * @param entries how many entries it held
   */
  public record ReadFile(ImportReport report, String format, long entries) {}

  /**
   * Reads and merges the files. {@code keepText} keeps every text and call duration, for callers
   * that rebuild whole events ({@link ChatTable#events}); the figures alone need neither.
   */
  public static LoadedChat read(List<Path> paths, ImportOptions options, boolean keepText) {
    return read(paths, options, keepText, Optional.empty());
  }

  /**
   * The same; {@code ahead}, for a single file, is shown the table each time the reading threads
   * have handed over a part of it, on the thread that waits for them (to work out figures while the
   * rest is still being read).
   */
  public static LoadedChat read(
      List<Path> paths,
      ImportOptions options,
      boolean keepText,
      Optional<Consumer<ChatTable>> ahead) {
    boolean merging = paths.size() > 1; // merging compares texts
    ChatTable table = ChatTable.forBytes(keepText, merging, sizeOf(paths));
    ImportOptions reading = keepText || merging ? options : options.withoutTexts();
    List<ReadFile> files = new ArrayList<>();
    List<int[]> rows = new ArrayList<>();
    Runnable afterJoin =
        paths.size() == 1 && ahead.isPresent() ? () -> ahead.get().accept(table) : () -> {};
    for (Path path : paths) {
      int from = table.size;
      files.add(readOne(path, reading, table, afterJoin));
      if (merging) { // each file's rows, to merge them; one file needs no list
        rows.add(IntStream.range(from, table.size).toArray());
      }
    }
    int total = table.size;
    if (merging) {
      table.select(RowMerge.merge(new TableRows(table), rows));
    } else if (!TimeOrder.isSorted(table.millis, table.size)) {
      table.select(TimeOrder.sortedRows(table.millis, table.size));
    }
    return new LoadedChat(List.copyOf(files), table, total - table.size);
  }

  /** The files' size in all; a file that cannot be read counts 0 (reading it will tell why). */
  private static long sizeOf(List<Path> paths) {
    long bytes = 0;
    for (Path path : paths) {
      try {
        bytes += Files.size(path);
      } catch (IOException | SecurityException e) {
        // the importer reports it with the file's name
      }
    }
    return bytes;
  }

  private static ReadFile readOne(
      Path path, ImportOptions options, ChatTable table, Runnable afterJoin) {
    int fileIndex = table.addFile();
    int first = table.size;
    ImportReport report = Importers.read(path, options, new TableSink(table, fileIndex, afterJoin));
    long entries = table.size - first;
    String format =
        entries == 0 ? report.format() : table.channelOf(first).name().toLowerCase(Locale.ROOT);
    return new ReadFile(report, format, entries);
  }

  /**
   * Everyone who wrote: entries per author over the merged table, in the order they first wrote.
   */
  public Participants participants() {
    List<Author> authors = table.authors();
    long[] counts = new long[authors.size()];
    int[] firstRow = new int[authors.size()];
    for (int row = 0; row < table.size; row++) {
      int a = table.author[row];
      if (counts[a]++ == 0) {
        firstRow[a] = row;
      }
    }
    int[] order =
        IntStream.range(0, authors.size())
            .filter(a -> counts[a] > 0)
            .boxed()
            .sorted(Comparator.comparingInt(a -> firstRow[a]))
            .mapToInt(Integer::intValue)
            .toArray();
    return Participants.of(
        Arrays.stream(order).mapToObj(authors::get).toList(),
        Arrays.stream(order).mapToLong(a -> counts[a]).toArray());
  }

  public int size() {
    return table.size;
  }

  public LocalDateTime first() {
    return table.at(0);
  }

  public LocalDateTime last() {
    return table.at(table.size - 1);
  }

  /** The formats of all files, each once, in file order, joined with "+": "whatsapp+telegram". */
  public String format() {
    return files.stream().map(ReadFile::format).distinct().collect(Collectors.joining("+"));
  }
}
