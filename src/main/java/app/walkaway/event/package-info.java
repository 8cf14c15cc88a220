/**
 * The one vocabulary in the middle: every importer produces {@link app.walkaway.event.Event}s and
 * every analysis consumes them. Nothing here knows a file format, a database or a screen.
 */
package app.walkaway.event;
