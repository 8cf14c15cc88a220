package app.walkaway.importer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes one invented conversation between Maya Lind and Tomas Berg in each format, so tests can
 * check what the importers and the merger make of the same messages told several ways.
 */
public final class SampleExports {
  public static final String HER = "Maya Lind";
  public static final String HIM = "Tomas Berg";
  public static final String HIS_NUMBER = "+447700900123";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter WHATSAPP =
      DateTimeFormatter.ofPattern("dd/MM/yyyy, HH:mm");

  /** One message as it really happened (her zone's wall clock, whole seconds). */
  public record Said(int id, LocalDateTime at, boolean fromHer, String text) {}

  private SampleExports() {}

  private static long epochSecond(LocalDateTime at, ZoneId zone) {
    return at.atZone(zone).toEpochSecond();
  }

  public static Path telegramSingleChat(Path file, List<Said> said, ZoneId zone) {
    ObjectNode root = JSON.createObjectNode();
    root.put("name", HIM).put("type", "personal_chat").put("id", 222);
    telegramMessages(root.putArray("messages"), said, zone, HER);
    return write(file, root);
  }

  public static Path telegramAccount(Path file, List<Said> said, ZoneId zone) {
    ObjectNode root = JSON.createObjectNode();
    root.put("about", "Invented for a test.");
    root.putObject("personal_information")
        .put("user_id", 111)
        .put("first_name", "Maya")
        .put("last_name", "Lind");
    ArrayNode list = root.putObject("chats").put("about", "").putArray("list");
    ObjectNode other = list.addObject().put("name", "Ines Okafor").put("type", "personal_chat");
    other.put("id", 333).putArray("messages");
    ObjectNode chat = list.addObject().put("name", HIM).put("type", "personal_chat").put("id", 222);
    telegramMessages(chat.putArray("messages"), said, zone, "Maya L.");
    return write(file, root);
  }

  private static void telegramMessages(
      ArrayNode messages, List<Said> said, ZoneId zone, String herName) {
    for (Said s : said) {
      ObjectNode m = messages.addObject().put("id", s.id()).put("type", "message");
      m.put("date_unixtime", Long.toString(epochSecond(s.at(), zone)));
      m.put("from", s.fromHer() ? herName : HIM)
          .put("from_id", s.fromHer() ? "user111" : "user222");
      m.put("text", s.text());
    }
  }

  /** Messenger writes newest first. */
  public static Path messenger(Path file, List<Said> said, ZoneId zone) {
    ObjectNode root = JSON.createObjectNode();
    root.putArray("participants")
        .add(JSON.createObjectNode().put("name", HIM))
        .add(JSON.createObjectNode().put("name", HER));
    ArrayNode messages = root.putArray("messages");
    for (int i = said.size() - 1; i >= 0; i--) {
      Said s = said.get(i);
      messages
          .addObject()
          .put("sender_name", s.fromHer() ? HER : HIM)
          .put("timestamp_ms", epochSecond(s.at(), zone) * 1000)
          .put("content", s.text());
    }
    root.put("title", HIM).put("thread_path", "inbox/tomasberg_1");
    return write(file, root);
  }

  public static Path sms(Path file, List<Said> said, ZoneId zone) {
    StringBuilder xml = new StringBuilder("<?xml version='1.0' encoding='UTF-8'?>\n<smses>\n");
    for (Said s : said) {
      xml.append("<sms address=\"")
          .append(HIS_NUMBER)
          .append("\" date=\"")
          .append(epochSecond(s.at(), zone) * 1000)
          .append("\" type=\"")
          .append(s.fromHer() ? 2 : 1)
          .append("\" body=\"")
          .append(s.text())
          .append("\" contact_name=\"")
          .append(HIM)
          .append("\" />\n");
    }
    return write(file, xml.append("</smses>\n").toString());
  }

  /** Android WhatsApp: minutes only, names as her phone shows them. */
  public static Path whatsApp(Path file, List<Said> said) {
    StringBuilder txt = new StringBuilder();
    for (Said s : said) {
      txt.append(WHATSAPP.format(s.at()))
          .append(" - ")
          .append(s.fromHer() ? HER : HIM)
          .append(": ")
          .append(s.text())
          .append('\n');
    }
    return write(file, txt.toString());
  }

  private static Path write(Path file, Object content) {
    try {
      String text =
          content instanceof String s
              ? s
              : JSON.writerWithDefaultPrettyPrinter().writeValueAsString(content);
      return Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
