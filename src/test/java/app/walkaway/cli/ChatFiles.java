package app.walkaway.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small invented WhatsApp Android exports (24 h, day/month/year) for command tests. */
public final class ChatFiles {
  private static final String NOTICE =
      "Messages and calls are end-to-end encrypted. Only people in this chat can read, listen to,"
          + " or share them.";

  private ChatFiles() {}

  /** Lines like {@code "14/02/2026, 09:30 - Maya: hi"}; a notice line is put first. */
  public static Path write(Path dir, String name, String... lines) {
    StringBuilder text = new StringBuilder();
    text.append(lines[0], 0, 17).append(" - ").append(NOTICE).append('\n');
    for (String line : lines) {
      text.append(line).append('\n');
    }
    try {
      return Files.writeString(dir.resolve(name), text.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
