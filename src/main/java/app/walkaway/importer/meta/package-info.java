/**
 * Facebook Messenger and Instagram "Download your information" JSON (message_N.json as a file, a
 * thread folder or the zip): mojibake repaired, files merged by time; FORMATS §3.
 */
package app.walkaway.importer.meta;
