/**
 * Her evidence journal as a tamper-evident chain: incidents in her words, quotes of his messages
 * with their source file, line and the file's SHA-256, attachments by SHA-256, each entry sealed by
 * a SHA-256 over its canonical encoding and the seal before it. Pure: storage is the vault's.
 */
package app.walkaway.safety.evidence;
