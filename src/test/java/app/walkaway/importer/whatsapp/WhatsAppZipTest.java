package app.walkaway.importer.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.walkaway.event.Kind;
import app.walkaway.importer.Entry;
import app.walkaway.importer.ImportException;
import app.walkaway.importer.ImportOptions;
import app.walkaway.importer.ImportedFile;
import app.walkaway.importer.Importers;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Zip exports: finding the chat among media, reading it in place, and the size cap. */
class WhatsAppZipTest {
  private static final String IPHONE_CHAT =
      "[3/27/22, 21:41:55] Nell Ash: "
          + Chats.LRM
          + "<attached: 00000035-PHOTO-2022-03-27-21-41-55.jpg>\r\n"
          + "[3/27/22, 21:42:10] Cy Park: lovely\r\n";

  @TempDir Path dir;

  @Test
  void findsTheChatAmongMediaAndATextDocument() throws IOException {
    Path zip =
        zip(
            "WhatsApp Chat - Nell Ash.zip",
            Map.of(
                "00000035-PHOTO-2022-03-27-21-41-55.jpg", "not really a jpeg",
                "00000046-Some notes.txt", "A shared document\nwith two lines\n",
                "_chat.txt", IPHONE_CHAT));
    ImportedFile file = Importers.read(zip, ImportOptions.defaults());

    assertThat(file.entries()).extracting(Entry::kind).containsExactly(Kind.MEDIA, Kind.MESSAGE);
    assertThat(file.entries().get(1).source().toString())
        .isEqualTo("WhatsApp Chat - Nell Ash.zip/_chat.txt:2");
    assertThat(file.report().format()).isEqualTo("WhatsApp (iPhone)");
    assertThat(Files.list(dir)).hasSize(1); // nothing unpacked beside it
  }

  @Test
  void readsAnAndroidZipWithALocalizedChatName() throws IOException {
    String chat = "23/03/2022, 13:41 - Nell Ash: IMG-20220323-WA0002.jpg (file attached)\n";
    Path zip =
        zip(
            "android.zip",
            Map.of("与Nell的 WhatsApp 聊天.txt", chat, "IMG-20220323-WA0002.jpg", "jpeg"));
    ImportedFile file = Importers.read(zip, ImportOptions.defaults());

    assertThat(file.entries()).extracting(Entry::kind).containsExactly(Kind.MEDIA);
    assertThat(file.report().format()).isEqualTo("WhatsApp (Android)");
  }

  @Test
  void aMemberOverTheCapIsRefusedWithAClearMessage() throws IOException {
    StringBuilder big = new StringBuilder(IPHONE_CHAT);
    for (int i = 0; i < 200; i++) {
      big.append("[3/27/22, 21:43:00] Cy Park: a line to make the chat longer than the cap\r\n");
    }
    Path zip = zip("big.zip", Map.of("_chat.txt", big.toString()));
    ImportOptions small =
        new ImportOptions(java.time.ZoneOffset.UTC, java.util.Optional.empty(), 4096);

    assertThatThrownBy(() -> Importers.read(zip, small))
        .isInstanceOf(ImportException.class)
        .hasMessageStartingWith(
            "big.zip/_chat.txt: unpacks to more than 4 kB, the most Walkaway reads from one file"
                + " in a zip");
  }

  @Test
  void aZipWithoutAChatSaysWhatIsMissing() throws IOException {
    Path noText = zip("photos.zip", Map.of("a.jpg", "x"));
    Path notChat = zip("docs.zip", Map.of("readme.txt", "hello\nthere\n"));

    assertThatThrownBy(() -> Importers.read(noText, ImportOptions.defaults()))
        .hasMessageContaining("photos.zip: not a chat export Walkaway can read");
    assertThatThrownBy(() -> Importers.read(notChat, ImportOptions.defaults()))
        .hasMessage(
            "docs.zip/readme.txt: no line among the first 500 looks like a WhatsApp message"
                + " header");
  }

  private Path zip(String name, Map<String, String> members) throws IOException {
    Path zip = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(zip);
        ZipOutputStream z = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, String> m : new java.util.TreeMap<>(members).entrySet()) {
        z.putNextEntry(new ZipEntry(m.getKey()));
        z.write(m.getValue().getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
    }
    return zip;
  }
}
