package app.walkaway.service.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;

/**
 * Writes the story's chat as WhatsApp on Android exports it ("Export chat", without media), so the
 * demo imports it the way she would import her own.
 */
final class WhatsAppExport {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("dd/MM/yyyy, HH:mm");

  /** WhatsApp's own first line of every export, which an import counts as a notice and skips. */
  private static final String NOTICE =
      "Messages and calls are end-to-end encrypted. Only people in this chat can read, listen to,"
          + " or share them.";

  private WhatsAppExport() {}

  /** The file WhatsApp would name it, in {@code folder}. */
  static Path write(Path folder, Story story) {
    Path file = folder.resolve("WhatsApp Chat with " + story.him() + ".txt");
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      if (!story.chat().isEmpty()) {
        out.write(STAMP.format(story.chat().get(0).at().minusMinutes(2)) + " - " + NOTICE + "\n");
      }
      for (ChatLine line : story.chat()) {
        String who = line.mine() ? story.her() : story.him();
        out.write(STAMP.format(line.at()) + " - " + who + ": " + line.text() + "\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot write the demo's chat: " + e.getMessage(), e);
    }
    return file;
  }
}
