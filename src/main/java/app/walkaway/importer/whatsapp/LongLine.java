package app.walkaway.importer.whatsapp;

/**
 * A line longer than {@link LineReader} keeps, cut to its first bytes.
 *
 * @param line its 1-based number, as the reader that cut it numbers lines
 * @param bytes its whole length in bytes, without the line break
 */
record LongLine(long line, long bytes) {}
