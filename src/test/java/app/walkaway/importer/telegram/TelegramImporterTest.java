package app.walkaway.importer.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.walkaway.event.Channel;
import app.walkaway.event.Kind;
import app.walkaway.importer.Entry;
import app.walkaway.importer.Fixtures;
import app.walkaway.importer.ImportException;
import app.walkaway.importer.ImportedFile;
import app.walkaway.importer.Importers;
import app.walkaway.importer.WhichConversationException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What each Telegram message shape becomes (FORMATS §2). */
class TelegramImporterTest {
  private final ImportedFile single = Fixtures.read("telegram/single-personal-chat.json", null);

  private Entry line(int index) {
    return single.entries().get(index);
  }

  @Test
  void textIsTheConcatenationOfAllPartsWithNoSeparator() {
    assertThat(line(1).text()).isEqualTo("Yes, if it stops raining. Bring boots!");
    assertThat(line(2).text()).isEqualTo("Deal, here is the map:https://example.org/lake");
  }

  @Test
  void dateUnixtimeIsConvertedToHerZoneAndDateAloneIsLocalTime() {
    assertThat(line(0).at()).isEqualTo(LocalDateTime.parse("2024-06-01T11:00"));
    assertThat(line(1).at()).isEqualTo(LocalDateTime.parse("2024-06-01T11:04:30"));
    assertThat(line(2).at()).isEqualTo(LocalDateTime.parse("2024-06-01T11:10"));
  }

  @Test
  void phoneCallsAreCallsOrMissedCallsByTheCaller() {
    assertThat(List.of(line(3).kind(), line(4).kind(), line(5).kind()))
        .containsExactly(Kind.CALL, Kind.MISSED_CALL, Kind.MISSED_CALL);
    assertThat(line(3).seconds()).isEqualTo(312);
    assertThat(line(3).author().name()).isEqualTo("Tomas Berg");
    assertThat(line(4).author().name()).isEqualTo("Maya Lind");
  }

  @Test
  void otherServiceActionsAndUnsupportedMessagesAreCountedSystemLines() {
    assertThat(single.report().systemLines()).isEqualTo(2);
  }

  @Test
  void mediaPollsAndLocationsHaveTheirKinds() {
    assertThat(single.entries().subList(6, 10))
        .extracting(Entry::kind)
        .containsExactly(Kind.MEDIA, Kind.MEDIA, Kind.POLL, Kind.LOCATION);
    assertThat(single.entries()).allMatch(e -> e.channel() == Channel.TELEGRAM);
  }

  @Test
  void aRenameKeepsOnePersonBecauseIdentityIsFromId() {
    assertThat(line(10).text()).isEqualTo("See you at ten, not nine.");
    assertThat(line(10).author().name()).isEqualTo("Tomas Berg");
  }

  @Test
  void telegramsInvalidHexEscapesAreRepaired() {
    assertThat(line(11).text()).isEqualTo("Running late\u000B sorry");
    assertThat(single.report().notes()).anyMatch(n -> n.contains("2 invalid \\x escapes"));
  }

  @Test
  void anAccountExportMarksHerAsTheOwner() {
    ImportedFile file = Fixtures.read("telegram/account-export.json", "Tomas Berg");
    assertThat(file.entries())
        .filteredOn(e -> e.author().owner())
        .extracting(Entry::text)
        .containsExactly("Not tonight. Maybe at the weekend.");
    assertThat(file.entries().get(0).author().owner()).isFalse();
  }

  @Test
  void anAccountExportWithoutHisNameListsThePersonalChats() {
    assertThatThrownBy(() -> Fixtures.read("telegram/account-export.json", null))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("2 personal chats")
        .hasMessageContaining("Ines Okafor (2 messages)")
        .hasMessageContaining("Tomas Berg (4 messages)")
        .isInstanceOf(WhichConversationException.class)
        .hasMessageContaining("say whose to read");
  }

  @Test
  void anAccountExportWithAnUnknownNameSaysSoAndListsTheChats() {
    assertThatThrownBy(() -> Fixtures.read("telegram/account-export.json", "Lake walkers"))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("none of its personal chats is with 'Lake walkers'")
        .hasMessageContaining("Tomas Berg (4 messages)");
  }

  @Test
  void aCutOffFileKeepsWhatWasReadAndSaysWhere() {
    ImportedFile file = Fixtures.read("telegram/truncated-chat.json", null);
    assertThat(file.entries()).hasSize(5);
    assertThat(file.report().notes())
        .anyMatch(
            n ->
                n.equals(
                    "truncated-chat.json: the file ends in the middle of a message at line 85; the"
                        + " 84 lines before it were read"));
  }

  @Test
  void aFolderHoldingResultJsonIsReadToo(@TempDir Path dir) throws Exception {
    Files.copy(Fixtures.path("telegram/deleted-account.json"), dir.resolve("result.json"));
    assertThat(Importers.read(dir, Fixtures.options(null)).entries()).hasSize(3);
  }

  @Test
  void brokenJsonFromTheStartIsAClearError(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("result.json");
    Files.writeString(
        file,
        "{\"name\": \"X\", \"type\": \"personal_chat\", \"messages\": [ }",
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Importers.read(file, Fixtures.options(null)))
        .isInstanceOf(ImportException.class)
        .hasMessageStartingWith("result.json:1: not valid JSON");
  }
}
