/**
 * Pure figures over events: conversations, initiations, reply delays, before/after comparisons. No
 * I/O, no clock reads (callers pass {@code now}), no database.
 */
package app.walkaway.analysis;
