package app.walkaway.importer.whatsapp;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Random;

/**
 * Writes a large invented chat for hang checks and throughput probes: seeded, so the same size
 * always gives the same file. Every message starts with a header; some run over several lines.
 */
final class GeneratedChat {
  private static final String[] WORDS = {
    "tea", "later", "walk", "train", "sorry", "tomorrow", "okay", "garden", "call", "\uD83D\uDE42",
    "the", "and", "maybe", "weekend", "dinner", "work", "rain", "thanks", "sure", "home"
  };

  /** How many lines and messages were written. */
  record Written(long lines, long messages, long bytes) {}

  private GeneratedChat() {}

  static Written write(Path file, long targetBytes, boolean iphone) {
    Random random = new Random(42);
    LocalDateTime at = LocalDateTime.of(2021, 1, 1, 8, 0);
    long lines = 0;
    long messages = 0;
    long bytes = 0;
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      while (bytes < targetBytes) {
        at = at.plusSeconds(30 + random.nextInt(4000));
        String author = random.nextBoolean() ? "Nell Ash" : "Cy Park";
        String line = header(at, iphone) + author + ": " + body(random);
        out.write(line);
        out.write('\n');
        bytes += line.getBytes(StandardCharsets.UTF_8).length + 1;
        lines++;
        messages++;
        if (random.nextInt(10) == 0) {
          String more = body(random);
          out.write(more);
          out.write('\n');
          bytes += more.getBytes(StandardCharsets.UTF_8).length + 1;
          lines++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Written(lines, messages, bytes);
  }

  private static String header(LocalDateTime t, boolean iphone) {
    String date = t.getDayOfMonth() + "/" + t.getMonthValue() + "/" + (t.getYear() % 100);
    String time = String.format("%02d:%02d", t.getHour(), t.getMinute());
    return iphone
        ? "[" + date + ", " + time + String.format(":%02d", t.getSecond()) + "] "
        : date + ", " + time + " - ";
  }

  private static String body(Random random) {
    if (random.nextInt(20) == 0) {
      return "<Media omitted>";
    }
    StringBuilder out = new StringBuilder();
    int words = 2 + random.nextInt(14);
    for (int i = 0; i < words; i++) {
      out.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
    }
    return out.toString();
  }
}
