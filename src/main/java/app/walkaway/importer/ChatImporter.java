package app.walkaway.importer;

import java.util.function.Consumer;

/** One export format. Implementations are stateless and safe to share. */
public interface ChatImporter {

  /** A short human name of the format, e.g. "WhatsApp chat export (.txt or .zip)". */
  String description();

  /** Whether this input looks like this format, judged from its content. Cheap: no full read. */
  boolean recognizes(Peek peek);

  /**
   * Reads the whole input, handing every authored item to {@code sink} in file order, and reports
   * what it found. Problems with the input are {@link ImportException}s whose message says where
   * and what; a file cut off part way keeps what was read and says where it stopped in the report.
   */
  ImportReport read(Peek peek, ImportOptions options, Consumer<Entry> sink);
}
