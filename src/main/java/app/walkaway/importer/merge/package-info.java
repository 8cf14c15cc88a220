/**
 * Merging several exports of one chat into one list without duplicates: exports of the same chat
 * overlap (a "with media" export covers the last weeks, a "without media" one the whole history).
 */
package app.walkaway.importer.merge;
