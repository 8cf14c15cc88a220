package app.walkaway.importer.whatsapp;

import app.walkaway.importer.ImportOptions;
import app.walkaway.importer.ImportedFile;
import app.walkaway.importer.Importers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test helper: writes an invented chat to a real file and reads it as a user's file is read. */
final class Chats {
  static final String LRM = "\u200E";
  static final String BOM = "\uFEFF";

  private Chats() {}

  static ImportedFile read(Path dir, String name, String text) {
    return readBytes(dir, name, text.getBytes(StandardCharsets.UTF_8));
  }

  static ImportedFile readBytes(Path dir, String name, byte[] bytes) {
    Path file = dir.resolve(name);
    try {
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Importers.read(file, ImportOptions.defaults());
  }
}
