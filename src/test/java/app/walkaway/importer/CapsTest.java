package app.walkaway.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every format stops at the caps of {@link Limits}, none of which a real export reaches, with a
 * refusal that says where and which number, in its own words (never a parser's setting).
 */
class CapsTest {
  @TempDir Path dir;

  /**
   * The attack of the issue: a zip of a few megabytes that unpacks to gigabytes of tiny messages
   * (134 million of them) stops at ten million, each handed on and forgotten here.
   */
  @Test
  void aSmallZipOfTinyMessagesStopsAtTenMillion() throws IOException {
    Path zip = dir.resolve("chat.zip");
    byte[] line = "1/2/24, 10:00 - Ann: x\n".getBytes(StandardCharsets.UTF_8);
    byte[] block = new byte[line.length * 4096];
    for (int i = 0; i < 4096; i++) {
      System.arraycopy(line, 0, block, i * line.length, line.length);
    }
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new ZipEntry("_chat.txt"));
      for (long written = 0; written < Limits.MAX_ENTRIES + 10_000; written += 4096) {
        out.write(block);
      }
      out.closeEntry();
    }
    AtomicLong handedOn = new AtomicLong();

    assertThat(Files.size(zip)).isLessThan(2L << 20);
    assertThatThrownBy(
            () -> Importers.read(zip, ImportOptions.defaults(), e -> handedOn.incrementAndGet()))
        .isInstanceOf(ImportException.class)
        .hasMessage(
            "chat.zip/_chat.txt: holds more than 10,000,000 messages, far more than a real chat"
                + " (the busiest hold about a million), so it was not read; is it damaged, or not a"
                + " chat export?");
    assertThat(handedOn.get()).isEqualTo(Limits.MAX_ENTRIES);
  }

  @Test
  void aWhatsAppChatReadInSegmentsStopsAtTheCapToo() throws IOException {
    Path file = dir.resolve("chat.txt");
    try (Writer out = Files.newBufferedWriter(file)) {
      for (int i = 0; i < 150_000; i++) {
        out.write("1/2/24, 10:00 - Ann: message number " + i + "\n");
      }
    }
    ImportOptions capped = ImportOptions.defaults().withThreads(2).withMaxEntries(50_000);

    assertThatThrownBy(() -> Importers.read(file, capped, e -> {}))
        .hasMessageStartingWith("chat.txt: holds more than 50,000 messages");
    assertThat(Importers.read(file, capped.withMaxEntries(150_000), e -> {}).entries())
        .isEqualTo(150_000);
  }

  @Test
  void telegramMetaAndSmsStopAtTheCapOnEntries() {
    ImportOptions two = Fixtures.options("Tomas Berg").withMaxEntries(2);

    assertThatThrownBy(
            () -> Importers.read(Fixtures.path("telegram/single-personal-chat.json"), two))
        .hasMessageStartingWith("single-personal-chat.json: holds more than 2 messages");
    assertThatThrownBy(() -> Importers.read(Fixtures.path("sms/sms-backup.xml"), two))
        .hasMessageStartingWith("sms-backup.xml: holds more than 2 messages");
    assertThatThrownBy(
            () ->
                Importers.read(
                    Fixtures.path("meta/messenger-thread"),
                    two.withThem(java.util.Optional.empty())))
        .hasMessageContaining("/message_1.json: holds more than 2 messages");
  }

  @Test
  void aJsonTextLongerThanAnyMessageIsRefusedInOurWords() throws IOException {
    Path file = dir.resolve("result.json");
    Files.writeString(
        file,
        "{\"name\": \"Tomas Berg\", \"type\": \"personal_chat\", \"id\": 1, \"messages\": [\n"
            + "{\"id\": 1, \"type\": \"message\", \"date_unixtime\": \"1718000000\", \"from\":"
            + " \"Tomas Berg\", \"from_id\": \"user1\", \"text\": \""
            + "a".repeat(Limits.MAX_TEXT_CHARS + 1)
            + "\"}]}");

    assertThatThrownBy(() -> Importers.read(file, ImportOptions.defaults()))
        .isInstanceOf(ImportException.class)
        .hasMessage(
            "result.json:2: holds a text longer than 1,048,576 characters, far longer than a real"
                + " message can be, so it was not read; it is damaged or unsafe");
  }

  @Test
  void jsonNestedDeeperThanAnyExportIsRefusedInOurWords() throws IOException {
    Path file = dir.resolve("result.json");
    Files.writeString(
        file,
        "{\"name\": \"Tomas Berg\", \"type\": \"personal_chat\", \"id\": 1, \"messages\": [\n"
            + "{\"id\": 1, \"date_unixtime\": \"1718000000\", \"text\": "
            + "[".repeat(5000)
            + "]".repeat(5000)
            + "}]}");

    assertThatThrownBy(() -> Importers.read(file, ImportOptions.defaults()))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("result.json:2: holds values nested deeper than any real export")
        .hasMessageNotContaining("Constraints");
  }

  @Test
  void aMetaMessageOfMoreValuesThanAnyMessageIsRefused() throws IOException {
    Path file = dir.resolve("message_1.json");
    try (Writer out = Files.newBufferedWriter(file)) {
      out.write("{\"participants\": [{\"name\": \"Ann\"}, {\"name\": \"Bo\"}],\n\"messages\": [\n");
      out.write("{\"sender_name\": \"Bo\", \"timestamp_ms\": 1707566700000, \"reactions\": [");
      for (int i = 0; i < Limits.MAX_MESSAGE_TOKENS / 4; i++) {
        out.write((i == 0 ? "" : ",") + "{\"reaction\": \"x\"}");
      }
      out.write("]}]}");
    }

    assertThatThrownBy(() -> Importers.read(file, ImportOptions.defaults()))
        .isInstanceOf(ImportException.class)
        .hasMessage(
            "message_1.json:3: one message holds more than 100,000 values, far more than a real"
                + " message (a few dozen), so the file was not read; it is damaged or unsafe");
  }

  @Test
  void anSmsAttributeLongerThanAnyMmsIsRefusedWithItsLine() throws IOException {
    Path file = sms("<sms address=\"1\" date=\"1\" type=\"1\" body=\"", longRun('b'), "\" />\n");

    assertThatThrownBy(() -> Importers.read(file, ImportOptions.defaults()))
        .isInstanceOf(ImportException.class)
        .hasMessage(
            "sms.xml:3: an attribute holds more than 33,554,432 characters, far more than a real"
                + " backup's (even a video sent by MMS), so it was not read; it is damaged or"
                + " unsafe");
  }

  @Test
  void anSmsElementWithMoreAttributesThanAnyRealOneIsRefused() throws IOException {
    StringBuilder many = new StringBuilder("<sms");
    for (int i = 0; i < 300; i++) {
      many.append(" a").append(i).append("=\"1\"");
    }
    Path file = sms(many + " />\n");

    assertThatThrownBy(() -> Importers.read(file, ImportOptions.defaults()))
        .hasMessage(
            "sms.xml:3: an element has more than 256 attributes, far more than a real backup's"
                + " (about 35), so it was not read; it is damaged or unsafe");
  }

  @Test
  void endlessTextOrCommentsBetweenSmsRecordsAreRefused() throws IOException {
    String spaces = " ".repeat(Limits.MAX_XML_OTHER_CHARS + 1);
    String comment = "<!-- " + "c".repeat(Limits.MAX_XML_OTHER_CHARS + 1) + " -->";

    assertThatThrownBy(() -> Importers.read(sms(spaces), ImportOptions.defaults()))
        .hasMessageContaining("characters in text between its records");
    assertThatThrownBy(() -> Importers.read(sms(comment), ImportOptions.defaults()))
        .hasMessageContaining("characters in one comment");
  }

  /** A real backup with MMS pictures inline reads as before. */
  @Test
  void aBackupWithALargePictureInlineIsStillRead() throws IOException {
    String picture = "A".repeat(4 << 20); // 4 MB of base64: a 3 MB picture
    Path file =
        sms(
            "<!--File Created By SMS Backup &amp; Restore-->\n",
            "<mms date=\"1718104800000\" address=\"+447700900123\" msg_box=\"1\">",
            "<parts><part seq=\"0\" ct=\"image/jpeg\" data=\"" + picture + "\" /></parts></mms>\n");

    ImportedFile read = Importers.read(file, Fixtures.options("+447700900123"));

    assertThat(read.entries()).hasSize(1);
  }

  private Path sms(String... records) throws IOException {
    Path file = dir.resolve("sms.xml");
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(
          "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count=\"1\">\n"
              .getBytes());
      for (String record : records) {
        out.write(record.getBytes(StandardCharsets.UTF_8));
      }
      out.write("</smses>\n".getBytes());
    }
    return file;
  }

  private static String longRun(char c) {
    return String.valueOf(c).repeat(Limits.MAX_XML_ATTRIBUTE_CHARS + 1);
  }
}
