package app.walkaway.cli;

import app.walkaway.importer.Entry;
import app.walkaway.importer.ImportOptions;
import app.walkaway.importer.ImportedFile;
import app.walkaway.importer.Importers;
import app.walkaway.importer.merge.Merge;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One or more exports of the same chat, read and merged into one time-sorted list.
 *
 * @param files each file as read, in the order given
 * @param entries every authored entry, merged and sorted by time
 * @param duplicates entries that were in more than one file and kept once
 */
record LoadedChat(List<ImportedFile> files, List<Entry> entries, long duplicates) {

  static LoadedChat read(List<Path> paths, ImportOptions options) {
    List<ImportedFile> files = new ArrayList<>();
    for (Path path : paths) {
      files.add(Importers.read(path, options));
    }
    List<List<Entry>> lists = files.stream().map(ImportedFile::entries).toList();
    List<Entry> merged = Merge.entries(lists);
    long total = lists.stream().mapToLong(List::size).sum();
    return new LoadedChat(List.copyOf(files), merged, total - merged.size());
  }

  /**
   * A short name for a file's format: the app its entries come from ("whatsapp"), or the importer's
   * description when the file holds no entries.
   */
  static String formatOf(ImportedFile file) {
    return file.entries().isEmpty()
        ? file.report().format()
        : file.entries().get(0).channel().name().toLowerCase(Locale.ROOT);
  }

  /** The formats of all files, each once, in file order, joined with "+": "whatsapp+telegram". */
  String format() {
    return files.stream().map(LoadedChat::formatOf).distinct().collect(Collectors.joining("+"));
  }
}
