/**
 * Reading chat exports: format detection from content, one sub-package per format, and the step
 * that turns what a file says ({@link app.walkaway.importer.Entry}) into events once we know which
 * participant is her.
 */
package app.walkaway.importer;
