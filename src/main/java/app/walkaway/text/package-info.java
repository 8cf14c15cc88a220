/**
 * Every sentence Walkaway says about the core's values, in one place, for every edge: the read-out,
 * its reasons, citations and figures, durations and rates in plain words (VOICE.md). The core
 * returns values; the command line and the web app word them here, the same way.
 */
package app.walkaway.text;
