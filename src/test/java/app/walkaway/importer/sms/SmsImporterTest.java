package app.walkaway.importer.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.walkaway.event.Channel;
import app.walkaway.event.Kind;
import app.walkaway.importer.Entry;
import app.walkaway.importer.Fixtures;
import app.walkaway.importer.ImportException;
import app.walkaway.importer.ImportedFile;
import app.walkaway.importer.Importers;
import app.walkaway.importer.Names;
import app.walkaway.importer.WhichConversationException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What an SMS Backup & Restore file becomes (FORMATS §4). */
class SmsImporterTest {
  private final ImportedFile backup = Fixtures.read("sms/sms-backup.xml", "Tomas Berg");

  @ParameterizedTest(name = "--them \"{0}\"")
  @ValueSource(
      strings = {"+44 7700 900123", "07700900123", "07700-900-123", "+447700900123", "tomas berg"})
  void hisNumberInAnyFormOrHisContactNameFindsHim(String them) {
    ImportedFile file = Fixtures.read("sms/sms-backup.xml", them);
    assertThat(file.entries()).hasSize(8);
    assertThat(file.entries())
        .filteredOn(e -> !e.author().owner())
        .allMatch(e -> Names.matches(them, e.author()));
  }

  @Test
  void sentItemsAreTheOwnersAndReceivedAreHis() {
    assertThat(backup.entries().get(0).author().name()).isEqualTo("Tomas Berg");
    assertThat(backup.entries().get(1).author().owner()).isTrue();
    assertThat(backup.entries()).allMatch(e -> e.channel() == Channel.SMS);
  }

  @Test
  void surrogatePairReferencesBecomeOneCharacterAndBrokenOnesAreCounted() {
    assertThat(backup.entries().get(2).text()).isEqualTo("How did it go? 😀");
    assertThat(backup.entries().get(4).text())
        .isEqualTo("Broken emoji here: \uFFFD and a bell \uFFFD");
    assertThat(backup.report().replacedChars()).isEqualTo(2);
  }

  @Test
  void newlinesInBodiesAreKept() {
    assertThat(backup.entries().get(3).text()).isEqualTo("It went well\nThey will call on Friday");
  }

  @Test
  void mmsTextIsItsTextPartsInSeqOrderAndPicturesAreMedia() {
    assertThat(backup.entries().get(5).text()).isEqualTo("Lunch at the market, see you there");
    assertThat(backup.entries().get(5).author().owner()).isTrue();
    assertThat(backup.entries().get(6).kind()).isEqualTo(Kind.MEDIA);
    assertThat(backup.entries().get(6).author().owner()).isFalse();
  }

  @Test
  void draftsFailedAndGroupMessagesAreLeftOutAndCounted() {
    assertThat(backup.report().systemLines()).isEqualTo(3);
    assertThat(backup.report().notes())
        .anyMatch(n -> n.startsWith("2 drafts"))
        .anyMatch(n -> n.startsWith("1 group messages"));
  }

  @Test
  void aCutOffBackupSaysWhereItStopped() {
    ImportedFile file = Fixtures.read("sms/sms-truncated.xml", "Tomas Berg");
    assertThat(file.report().notes())
        .contains(
            "sms-truncated.xml: the file ends in the middle of a message at line 24; the 23 lines"
                + " before it were read");
  }

  @Test
  void callsHaveDurationsAndWhoCalled() {
    ImportedFile calls = Fixtures.read("sms/calls.xml", "Tomas Berg");
    assertThat(calls.entries())
        .extracting(Entry::kind, Entry::seconds, e -> e.author().owner())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Kind.CALL, 754L, false),
            org.assertj.core.groups.Tuple.tuple(Kind.CALL, 61L, true),
            org.assertj.core.groups.Tuple.tuple(Kind.MISSED_CALL, 0L, false),
            org.assertj.core.groups.Tuple.tuple(Kind.MISSED_CALL, 0L, false),
            org.assertj.core.groups.Tuple.tuple(Kind.MISSED_CALL, 0L, false),
            org.assertj.core.groups.Tuple.tuple(Kind.MISSED_CALL, 0L, true));
    assertThat(calls.entries()).allMatch(e -> e.channel() == Channel.PHONE);
  }

  @Test
  void withoutHisNameTheContactsAreListed() {
    assertThatThrownBy(() -> Fixtures.read("sms/sms-backup.xml", null))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("holds 2 contacts")
        .hasMessageContaining("Tomas Berg at +447700900123 (8 messages)")
        .hasMessageContaining("Ines Okafor at +447700900456 (1 message)")
        .isInstanceOf(WhichConversationException.class)
        .hasMessageContaining("say whose to read");
  }

  @Test
  void doctypesAndExternalEntitiesAreNeverFollowed(@TempDir Path dir) throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "do not read me");
    Path file = dir.resolve("sms.xml");
    Files.writeString(
        file,
        "<?xml version='1.0'?>\n<!DOCTYPE smses [<!ENTITY x SYSTEM \""
            + secret.toUri()
            + "\">]>\n<smses count=\"1\">\n"
            + "<sms address=\"+447700900123\" date=\"1718000000000\" type=\"1\" body=\"&x;\" />\n"
            + "</smses>\n");
    assertThatThrownBy(() -> Importers.read(file, Fixtures.options("07700900123")))
        .isInstanceOf(ImportException.class)
        .hasMessageNotContaining("do not read me");
  }
}
