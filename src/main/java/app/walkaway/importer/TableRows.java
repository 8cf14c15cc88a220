package app.walkaway.importer;

import app.walkaway.event.Kind;
import app.walkaway.importer.merge.RowMerge;

/** A table as the merge reads it: by row number, with a hash standing in for each text. */
record TableRows(ChatTable table) implements RowMerge.Rows {
  @Override
  public long millis(int row) {
    return table.millis[row];
  }

  @Override
  public String origin(int row) {
    return table.origin(row);
  }

  @Override
  public long line(int row) {
    return table.line[row];
  }

  @Override
  public String authorKey(int row) {
    return table.authors().get(table.author[row]).key();
  }

  @Override
  public String authorName(int row) {
    return table.authors().get(table.author[row]).name();
  }

  @Override
  public boolean owner(int row) {
    return table.authors().get(table.author[row]).owner();
  }

  @Override
  public Kind kind(int row) {
    return table.kind(row);
  }

  @Override
  public int channel(int row) {
    return table.channel[row];
  }

  @Override
  public long textHash(int row) {
    return table.hash[row];
  }
}
