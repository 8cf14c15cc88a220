package app.walkaway.bench;

import java.io.IOException;
import java.io.Writer;
import java.time.ZoneOffset;

/** An Android "SMS Backup &amp; Restore" {@code sms.xml} (FORMATS.md §4). */
final class SmsWriter implements ExportGenerator.ChatWriter {
  private static final String NUMBER = "+447700900123";

  @Override
  public void write(SyntheticChat chat, long messages, Writer out) throws IOException {
    out.write("<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n");
    out.write("<smses count=\"" + messages + "\" backup_set=\"bench\" type=\"full\">\n");
    StringBuilder line = new StringBuilder(256);
    for (long i = 0; i < messages; i++) {
      SyntheticChat.Message m = chat.next();
      long millis = m.at().toInstant(ZoneOffset.UTC).toEpochMilli();
      String body = m.shape() == SyntheticChat.Shape.MEDIA ? chat.sentence() : chat.body(m.shape());
      line.setLength(0);
      line.append("  <sms protocol=\"0\" address=\"").append(NUMBER).append("\" date=\"");
      line.append(millis).append("\" type=\"").append(m.fromHer() ? 2 : 1);
      line.append("\" subject=\"null\" body=\"").append(escape(body));
      line.append("\" toa=\"null\" sc_toa=\"null\" service_center=\"null\" read=\"1\"");
      line.append(" status=\"-1\" locked=\"0\" date_sent=\"0\" contact_name=\"");
      line.append(SyntheticChat.HIM).append("\" />\n");
      out.append(line);
    }
    out.write("</smses>\n");
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("\"", "&quot;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\n", "&#10;");
  }
}
