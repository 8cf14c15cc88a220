package app.walkaway.importer;

import app.walkaway.event.Channel;
import app.walkaway.event.Kind;

/**
 * One file's entries going into a {@link ChatTable}: one by one, or, when the importer reads the
 * file on several threads, into parts of the same shape that are joined in file order, so the
 * table's own work per entry runs on those threads too.
 */
final class TableSink implements SplitSink {
  private final ChatTable table;
  private final int fileIndex;
  private final Runnable afterJoin;

  /** {@code afterJoin} runs on the joining thread each time a part has joined the table. */
  TableSink(ChatTable table, int fileIndex, Runnable afterJoin) {
    this.table = table;
    this.fileIndex = fileIndex;
    this.afterJoin = afterJoin;
  }

  @Override
  public void accept(Entry entry) {
    table.add(fileIndex, entry);
  }

  @Override
  public Part newPart(long bytes) {
    return new TablePart(table.emptyPart(bytes));
  }

  @Override
  public void join(Part part, long lineShift) {
    table.append(((TablePart) part).rows, fileIndex, lineShift);
    afterJoin.run();
  }

  /** A part: a table of its own, filled by one thread as file 0. */
  private record TablePart(ChatTable rows) implements Part {
    @Override
    public void add(
        long millis,
        Author author,
        Kind kind,
        Channel channel,
        String text,
        String origin,
        long line,
        boolean asks) {
      rows.add(0, millis, author, kind, channel, text, origin, line, asks, 0);
    }
  }
}
