package app.walkaway.bench;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDateTime;

/** WhatsApp .txt exports in three common header layouts (FORMATS.md §1.2 A1, I4-like, A4). */
final class WhatsAppWriter implements ExportGenerator.ChatWriter {

  enum Layout {
    /** {@code 23/03/2022, 13:31 - Name: text}, LF. */
    ANDROID_24H,
    /** {@code [3/18/22, 2:56:01 PM] Name: text} with U+202F before PM, CRLF, LRM media lines. */
    IOS_12H,
    /** {@code 17.02.19, 12:28 - Name: text}, LF. */
    DOTTED_24H
  }

  private final Layout layout;

  WhatsAppWriter(Layout layout) {
    this.layout = layout;
  }

  @Override
  public void write(SyntheticChat chat, long messages, Writer out) throws IOException {
    String eol = layout == Layout.IOS_12H ? "\r\n" : "\n";
    StringBuilder line = new StringBuilder(256);
    for (long i = 0; i < messages; i++) {
      SyntheticChat.Message m = chat.next();
      line.setLength(0);
      header(line, m.at());
      line.append(m.fromHer() ? SyntheticChat.HER : SyntheticChat.HIM).append(": ");
      body(line, chat, m.shape());
      out.append(line.toString().replace("\n", eol)).append(eol);
    }
  }

  private void header(StringBuilder line, LocalDateTime at) {
    switch (layout) {
      case ANDROID_24H -> {
        pad(line, at.getDayOfMonth()).append('/');
        pad(line, at.getMonthValue()).append('/').append(at.getYear()).append(", ");
        pad(line, at.getHour()).append(':');
        pad(line, at.getMinute()).append(" - ");
      }
      case DOTTED_24H -> {
        pad(line, at.getDayOfMonth()).append('.');
        pad(line, at.getMonthValue()).append('.');
        pad(line, at.getYear() % 100).append(", ");
        pad(line, at.getHour()).append(':');
        pad(line, at.getMinute()).append(" - ");
      }
      case IOS_12H -> {
        int hour12 = at.getHour() % 12 == 0 ? 12 : at.getHour() % 12;
        line.append('[').append(at.getMonthValue()).append('/').append(at.getDayOfMonth());
        line.append('/');
        pad(line, at.getYear() % 100).append(", ").append(hour12).append(':');
        pad(line, at.getMinute()).append(':');
        pad(line, at.getSecond()).append('\u202F').append(at.getHour() < 12 ? "AM" : "PM");
        line.append("] ");
      }
    }
  }

  private void body(StringBuilder line, SyntheticChat chat, SyntheticChat.Shape shape) {
    boolean ios = layout == Layout.IOS_12H;
    switch (shape) {
      case MEDIA -> line.append(ios ? "\u200Eimage omitted" : "<Media omitted>");
      case DELETED ->
          line.append(ios ? "\u200EThis message was deleted." : "This message was deleted");
      default -> line.append(chat.body(shape));
    }
  }

  private static StringBuilder pad(StringBuilder line, int value) {
    if (value < 10) {
      line.append('0');
    }
    return line.append(value);
  }
}
