package app.walkaway.importer.whatsapp;

import static app.walkaway.importer.whatsapp.Chats.BOM;
import static app.walkaway.importer.whatsapp.Chats.LRM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.walkaway.event.Kind;
import app.walkaway.importer.Entry;
import app.walkaway.importer.ImportException;
import app.walkaway.importer.ImportedFile;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** BOMs, line endings, emoji, broken bytes, empty and foreign files, pasted headers. */
class WhatsAppEdgeCaseTest {
  @TempDir Path dir;

  @Test
  void byteOrderMarksAtTheStartAndAtLineStartsAreIgnored() {
    String chat =
        BOM
            + "[14/02/2021, 10:00:00] Nell Ash: first\n"
            + BOM
            + LRM
            + "[14/02/2021, 10:01:00] Cy Park: "
            + LRM
            + "image omitted\n"
            + BOM
            + "14/02/2021 is a date I keep\n"
            + BOM
            + "[14/02/2021, 10:02:00] Nell Ash: third\n";
    ImportedFile file = Chats.read(dir, "bom.txt", chat);

    assertThat(file.entries())
        .extracting(Entry::text)
        .containsExactly("first", "14/02/2021 is a date I keep", "third");
    assertThat(file.entries().get(1).kind()).isEqualTo(Kind.MEDIA);
    assertThat(file.entries().get(1).source().line()).isEqualTo(2);
  }

  @Test
  void mixedLineEndingsKeepNewlinesAndBlankLinesInsideMessages() {
    String chat =
        "[1/2/22, 09:00:00] Nell Ash: line one\r\n"
            + "\n"
            + "line three\r\n"
            + "[1/2/22, 09:05:00] Cy Park: POLL:\n"
            + "Dinner where?\n"
            + "OPTION: Noodles (2 votes)\n"
            + "OPTION: Tacos (1 vote)\r\n"
            + "[1/13/22, 09:06:00] Cy Park: ok\r\n";
    ImportedFile file = Chats.read(dir, "eol.txt", chat);

    assertThat(file.entries()).extracting(Entry::text).first().isEqualTo("line one\n\nline three");
    assertThat(file.entries().get(1).kind()).isEqualTo(Kind.POLL);
    assertThat(file.entries().get(1).text())
        .isEqualTo("Dinner where?\nOPTION: Noodles (2 votes)\nOPTION: Tacos (1 vote)");
    assertThat(file.entries()).noneMatch(e -> e.text().contains("\r"));
  }

  @Test
  void emojiAndJoinerSequencesSurviveIntact() {
    String judge = "\uD83D\uDC69\uD83C\uDFFB\u200D\u2696\uFE0F";
    String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
    String accented = "cafe\u0301 and caf\u00e9 with a\u00a0no-break space";
    String chat =
        "12/03/2023, 18:00 - Nell Ash: "
            + judge
            + " "
            + family
            + "\n"
            + "12/03/2023, 18:01 - Cy Park: "
            + accented
            + "\n";
    ImportedFile file = Chats.read(dir, "emoji.txt", chat);

    assertThat(file.entries())
        .extracting(Entry::text)
        .containsExactly(judge + " " + family, accented);
  }

  @Test
  void anEmptyFileSaysSo() {
    assertThatThrownBy(() -> Chats.read(dir, "empty.txt", ""))
        .isInstanceOf(ImportException.class)
        .hasMessage("empty.txt: the file is empty");
    assertThatThrownBy(() -> Chats.read(dir, "bom-only.txt", BOM + "\n\n"))
        .hasMessage("bom-only.txt: the file is empty");
  }

  @Test
  void aTextFileThatIsNotWhatsAppSaysNoHeaderWasFound() {
    String notes = "Shopping list\n- eggs\n- 12:30 pick up parcel\n2 apples - 3 pears\n";
    assertThatThrownBy(() -> Chats.read(dir, "notes.txt", notes))
        .isInstanceOf(ImportException.class)
        .hasMessage("notes.txt: no line among the first 500 looks like a WhatsApp message header");
  }

  @Test
  void aFileNotMeantAsAnyExportListsWhatIsSupported() {
    assertThatThrownBy(() -> Chats.read(dir, "table.csv", "name,age\nAnn,3\n"))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("not a chat export Walkaway can read")
        .hasMessageContaining("WhatsApp chat export");
  }

  @Test
  void invalidUtf8IsReplacedCountedAndMentioned() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes("05/06/2020, 10:00 - Nell Ash: caf".getBytes(StandardCharsets.UTF_8));
    bytes.write(0xC3); // a lead byte with no continuation
    bytes.writeBytes(" ok\n05/06/2020, 10:01 - Cy Park: ".getBytes(StandardCharsets.UTF_8));
    bytes.write(0xFF);
    bytes.write(0xFE);
    bytes.writeBytes(" end\n".getBytes(StandardCharsets.UTF_8));
    ImportedFile file = Chats.readBytes(dir, "broken.txt", bytes.toByteArray());

    assertThat(file.entries())
        .extracting(Entry::text)
        .containsExactly("caf\uFFFD ok", "\uFFFD\uFFFD end");
    assertThat(file.report().replacedChars()).isEqualTo(3);
    assertThat(file.report().notes())
        .contains("3 bytes could not be read as UTF-8 and were replaced with \uFFFD.");
  }

  @Test
  void headersOfAnotherShapeInsideABodyStayText() {
    String chat =
        "[3/18/22, 14:56:05] Nell Ash: pasting what she sent me:\r\n"
            + "[18.03.22, 14:00:00] Someone Else: this is quoted\r\n"
            + "18/03/2022, 14:01 - Another One: and so is this\r\n"
            + "[2,4,0,4,11,2602,36] -> 11\r\n"
            + "[3/18/22, 14:57:00] Cy Park: I see\r\n"
            + "[3/19/22, 08:00:00] Cy Park: morning\r\n";
    ImportedFile file = Chats.read(dir, "fake.txt", chat);

    assertThat(file.entries()).hasSize(3);
    assertThat(file.entries().get(0).text())
        .isEqualTo(
            "pasting what she sent me:\n[18.03.22, 14:00:00] Someone Else: this is quoted\n"
                + "18/03/2022, 14:01 - Another One: and so is this\n[2,4,0,4,11,2602,36] -> 11");
    assertThat(file.report().notes())
        .anyMatch(n -> n.startsWith("2 lines look like a message header written another way"));
  }

  @Test
  void theFirstColonSpaceSeparatesTheAuthorAndAnEmptyBodyIsKept() {
    String chat =
        "[9/17/19, 08:30:52] The final test: Does it work with colons?: Yes!\n"
            + "[9/17/19, 08:31:00] Ann-Marie O'Neil (work):\n"
            + "[9/17/19, 08:32:00] Ann-Marie O'Neil (work): 10:30: meeting\n";
    ImportedFile file = Chats.read(dir, "colons.txt", chat);

    assertThat(file.entries())
        .extracting(e -> e.author().name() + "|" + e.text())
        .containsExactly(
            "The final test|Does it work with colons?: Yes!",
            "Ann-Marie O'Neil (work)|",
            "Ann-Marie O'Neil (work)|10:30: meeting");
  }

  @Test
  void systemLinesAreCountedAndOrdinaryWordsAboutThemAreNot() {
    String chat =
        "11/01/2023, 16:13 - Messages and calls are end-to-end encrypted. Tap to learn more.\n"
            + "11/01/2023, 16:14 - Nell Ash created group \"Soup club\"\n"
            + "11/01/2023, 16:15 - Nell Ash added Cy Park\n"
            + "11/01/2023, 16:16 - Nell Ash changed the subject from \"Soup: club\" to \"Soup\"\n"
            + "11/01/2023, 16:17 - Cy Park: I added sugar\n"
            + "11/01/2023, 16:18 - Nell Ash: You deleted this message? No, I left it\n"
            + "11/01/2023, 16:19 - +44 7700 900123 left\n"
            + "11/01/2023, 16:20 - You changed this group's settings to allow only admins to"
            + " send messages to this group\n";
    ImportedFile file = Chats.read(dir, "group.txt", chat);

    assertThat(file.entries())
        .extracting(Entry::text)
        .containsExactly("I added sugar", "You deleted this message? No, I left it");
    assertThat(file.entries()).allMatch(e -> e.kind() == Kind.MESSAGE);
    assertThat(file.report().systemLines()).isEqualTo(6);
  }

  @Test
  void theEditedMarkIsTakenOutAndNoted() {
    String chat =
        "03/06/2023, 6:12 am - Nell Ash: see you at six <This message was edited>\n"
            + "13/06/2023, 6:13 am - Cy Park: fine\n";
    ImportedFile file = Chats.read(dir, "edited.txt", chat);

    assertThat(file.entries().get(0).text()).isEqualTo("see you at six");
    assertThat(file.report().notes()).anyMatch(n -> n.startsWith("1 message carries WhatsApp's"));
  }

  @Test
  void venuesOnBothPlatformsAreLocations() {
    String android =
        "12/05/2022, 10:00 - Nell Ash: Harbour Cafe\n"
            + "Quay Street, Exampletown\n"
            + "https://foursquare.com/v/4b0000000000000000000000\n"
            + "13/05/2022, 10:01 - Cy Park: live location shared\n";
    String iphone =
        "[5/12/22, 10:00:00] Nell Ash: "
            + LRM
            + "Harbour Cafe (Exampletown): https://foursquare.com/v/4b0000000000000000000000\n"
            + "[5/13/22, 10:00:00] Nell Ash: look https://maps.google.com/?q=1,2 is far\n";
    assertThat(Chats.read(dir, "a.txt", android).entries())
        .extracting(Entry::kind)
        .containsExactly(Kind.LOCATION, Kind.LOCATION);
    assertThat(Chats.read(dir, "i.txt", iphone).entries())
        .extracting(Entry::kind)
        .containsExactly(Kind.LOCATION, Kind.MESSAGE);
  }

  @Test
  void linesBeforeTheFirstMessageAreSkippedAndNoted() {
    String chat = "exported for the lawyer\n\n14/02/2021, 10:00 - Nell Ash: hi\n";
    ImportedFile file = Chats.read(dir, "pre.txt", chat);

    assertThat(file.entries()).hasSize(1);
    assertThat(file.entries().get(0).at()).isEqualTo(LocalDateTime.of(2021, 2, 14, 10, 0));
    assertThat(file.report().notes())
        .contains("2 lines come before the first message and were skipped.");
  }

  @Test
  void recognitionLooksAtContentNotNames() throws java.io.IOException {
    java.nio.file.Path chat = dir.resolve("export without extension");
    java.nio.file.Files.writeString(chat, "14/02/2021, 10:00 - Nell Ash: hi\n");
    java.nio.file.Path notes = dir.resolve("WhatsApp Chat with Nell.txt");
    java.nio.file.Files.writeString(notes, "just my notes\n");

    WhatsAppImporter importer = new WhatsAppImporter();
    assertThat(importer.recognizes(app.walkaway.importer.Peek.of(chat))).isTrue();
    assertThat(importer.recognizes(app.walkaway.importer.Peek.of(notes))).isFalse();
  }

  @Test
  void aHeaderAfterLongOpeningLinesIsStillFoundWithinFiveHundredLines() {
    String junk = "x".repeat(300) + "\n";
    String chat = junk.repeat(400) + "14/02/2021, 10:00 - Nell Ash: hi\n";
    ImportedFile file = Chats.read(dir, "long.txt", chat);

    assertThat(file.entries()).hasSize(1);
    assertThat(file.entries().get(0).source().line()).isEqualTo(401);
  }
}
