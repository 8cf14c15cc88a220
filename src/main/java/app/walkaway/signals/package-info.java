/**
 * Signals in his words (lexicon rules, one resource file per language) and in his behaviour
 * (patterns over the timeline). Pure: no I/O beyond reading its own resources, no clock reads.
 */
package app.walkaway.signals;
