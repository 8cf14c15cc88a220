package app.walkaway.importer;

import java.util.Optional;
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

  /**
   * Why an input that no importer recognized cannot be read as this format, when it looks meant for
   * it (e.g. an empty or unrelated .txt given where a WhatsApp export belongs); empty when it does
   * not look meant for this format. Lets {@link Importers#require} say what is wrong with the file
   * instead of only listing the formats.
   */
  default Optional<ImportException> findRefusal(Peek peek) {
    return Optional.empty();
  }
}
