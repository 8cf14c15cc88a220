package app.walkaway.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a large realistic export for benchmarks: {@code ExportGenerator FORMAT MESSAGES OUT
 * [SEED]}, FORMAT one of {@link Format}. About 50 bytes a message for WhatsApp, so 1,000,000
 * messages is about 50 MB.
 */
public final class ExportGenerator {

  /** The export shapes the generator can write. */
  public enum Format {
    WHATSAPP_ANDROID(new WhatsAppWriter(WhatsAppWriter.Layout.ANDROID_24H)),
    WHATSAPP_IOS(new WhatsAppWriter(WhatsAppWriter.Layout.IOS_12H)),
    WHATSAPP_DOTTED(new WhatsAppWriter(WhatsAppWriter.Layout.DOTTED_24H)),
    TELEGRAM(new TelegramWriter()),
    SMS(new SmsWriter());

    private final ChatWriter writer;

    Format(ChatWriter writer) {
      this.writer = writer;
    }
  }

  /** Writes one format. */
  interface ChatWriter {
    void write(SyntheticChat chat, long messages, Writer out) throws IOException;
  }

  private ExportGenerator() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      System.err.println("usage: ExportGenerator FORMAT MESSAGES OUT [SEED]");
      System.exit(2);
    }
    Format format = Format.valueOf(args[0].toUpperCase(Locale.ROOT).replace('-', '_'));
    long messages = Long.parseLong(args[1].replace("_", ""));
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;
    Path out = write(format, messages, Path.of(args[2]), seed);
    System.out.printf("%s: %,d messages, %,d bytes%n", out, messages, Files.size(out));
  }

  /** Writes {@code messages} messages of {@code format} to {@code out}. */
  public static Path write(Format format, long messages, Path out, long seed) throws IOException {
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      format.writer.write(new SyntheticChat(seed), messages, writer);
    }
    return out;
  }
}
