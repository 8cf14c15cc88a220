/**
 * Telegram Desktop's "Export chat history" JSON (result.json): a single chat or a whole account,
 * read as a stream; FORMATS §2.
 */
package app.walkaway.importer.telegram;
