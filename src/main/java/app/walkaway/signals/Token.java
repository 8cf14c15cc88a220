package app.walkaway.signals;

/**
 * One normalized word or emoji of a message.
 *
 * @param norm the normalized form the rules compare against
 * @param start offset of the original text (inclusive)
 * @param end offset of the original text (exclusive)
 * @param sentence index of the sentence it belongs to (split at . ! ? ; and line breaks)
 * @param clause index of the clause (sentences split further at commas and dashes)
 */
record Token(String norm, int start, int end, int sentence, int clause) {}
