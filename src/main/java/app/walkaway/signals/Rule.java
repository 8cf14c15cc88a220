package app.walkaway.signals;

/**
 * One line of a lexicon: a kind, a name and a phrase.
 *
 * @param kind what a match says
 * @param id {@code language/name}
 * @param phrase the compiled phrase
 */
record Rule(SignalKind kind, String id, Phrase phrase) {}
