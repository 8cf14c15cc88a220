package app.walkaway.importer.whatsapp;

/**
 * Where one segment's entries wait until every segment before it has been handed on: only then is
 * the number of lines before it known, and so the shift from its line numbers to the file's.
 */
interface Held extends Emitter.Out {

  /** Hands the entries on, in order, their line numbers moved by {@code lineShift}. */
  void handOver(long lineShift);
}
