/**
 * Reads WhatsApp "Export chat" files (.txt, or a .zip with or without media) into entries: a
 * streaming two-pass parser that infers each file's header shape and day/month order first.
 */
package app.walkaway.importer.whatsapp;
