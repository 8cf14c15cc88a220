package app.walkaway.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.walkaway.analysis.Figures;
import app.walkaway.analysis.Settings;
import app.walkaway.bench.ExportGenerator;
import app.walkaway.event.Channel;
import app.walkaway.event.Kind;
import app.walkaway.event.SourceRef;
import app.walkaway.importer.Author;
import app.walkaway.importer.Cast;
import app.walkaway.importer.ChatTable;
import app.walkaway.importer.Entry;
import app.walkaway.importer.ImportOptions;
import app.walkaway.importer.LoadedChat;
import app.walkaway.importer.Participants;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Figures walked while the table is still being filled are used only when they are exactly the
 * figures walked afterwards: rows in time order, and the guessed cast proved right.
 */
class FiguresAheadTest {
  private static final Settings SETTINGS =
      new Settings(
          Duration.ofHours(6),
          Optional.of(LocalDate.parse("2025-06-01")),
          LocalDateTime.parse("2025-09-01T00:00"));
  private static final Author MAYA = Author.named("Maya Lind");
  private static final Author SAM = Author.named("Sam Okoro");
  private static final Author ZOE = Author.named("Zoe Hart");

  @TempDir Path dir;

  @Test
  void aBigExportReadOnSeveralThreadsGetsTheFiguresOfTheWalkAfterReading() throws IOException {
    Path file =
        ExportGenerator.write(
            ExportGenerator.Format.WHATSAPP_ANDROID, 110_000, dir.resolve("big.txt"), 3);
    String me = "Maya Lindqvist";
    FiguresAhead ahead = new FiguresAhead(SETTINGS, Optional.of(me), Optional.empty());
    LoadedChat chat =
        LoadedChat.read(
            List.of(file), ImportOptions.defaults().withThreads(3), false, Optional.of(ahead));
    Cast cast = (Cast) chat.participants().choose(Optional.of(me), Optional.empty());

    Optional<Figures> early = ahead.figures(chat.table(), cast);

    assertThat(early).contains(ChatFigures.of(chat.table(), cast, SETTINGS));
  }

  @Test
  void rowsInOrderWithBothPeopleFromTheStartAreWalkedAhead() {
    Rows rows = new Rows(Optional.empty());
    rows.add(MAYA, "2025-05-01T09:00", "morning?").add(SAM, "2025-05-01T09:30", "hi").caughtUp();
    rows.add(SAM, "2025-06-03T10:00", "coffee?").add(MAYA, "2025-06-04T10:00", "busy").caughtUp();

    assertThat(rows.early()).contains(rows.after());
  }

  @Test
  void aTimeGoingBackLeavesTheFiguresToTheWalkAfterSorting() {
    Rows rows = new Rows(Optional.empty());
    rows.add(MAYA, "2025-05-01T09:00", "a").add(SAM, "2025-05-01T09:30", "b").caughtUp();
    rows.add(SAM, "2025-05-01T09:10", "pasted from earlier").caughtUp();

    assertThat(rows.early()).isEmpty();
  }

  @Test
  void theGuessWaitsUntilSheHasWritten() {
    Rows rows = new Rows(Optional.empty());
    rows.add(SAM, "2025-05-01T09:00", "you there?").caughtUp(); // no cast can be chosen yet
    rows.add(MAYA, "2025-05-01T09:40", "yes").add(SAM, "2025-05-02T08:00", "ok").caughtUp();

    assertThat(rows.early()).contains(rows.after());
  }

  @Test
  void aGuessMadeBeforeHeWroteIsNotUsed() {
    Rows rows = new Rows(Optional.empty());
    rows.add(MAYA, "2025-05-01T09:00", "hello?").caughtUp(); // guessed: her, and nobody else
    rows.add(SAM, "2025-05-01T10:00", "hi").caughtUp();

    assertThat(rows.early()).isEmpty();
  }

  @Test
  void aThirdPersonNamedAwayByThemKeepsTheGuess() {
    Rows rows = new Rows(Optional.of("Sam Okoro"));
    rows.add(MAYA, "2025-05-01T09:00", "hi").add(SAM, "2025-05-01T09:05", "hey").caughtUp();
    rows.add(ZOE, "2025-05-01T09:06", "me too").add(SAM, "2025-06-02T09:00", "?").caughtUp();

    assertThat(rows.early()).contains(rows.after());
  }

  @Test
  void rowsAddedAfterTheLastLookAreNotSkipped() {
    Rows rows = new Rows(Optional.empty());
    rows.add(MAYA, "2025-05-01T09:00", "hi").add(SAM, "2025-05-01T09:05", "hey").caughtUp();
    rows.add(SAM, "2025-06-02T09:00", "?"); // never shown to the walk

    assertThat(rows.early()).isEmpty();
  }

  /** A table filled by hand, shown to a {@link FiguresAhead} when the test says so. */
  private static final class Rows {
    private final ChatTable table = new ChatTable(false, false);
    private final int file = table.addFile();
    private final Optional<String> them;
    private final FiguresAhead ahead;

    Rows(Optional<String> them) {
      this.them = them;
      this.ahead = new FiguresAhead(SETTINGS, Optional.of("Maya Lind"), them);
    }

    Rows add(Author who, String at, String text) {
      table.add(
          file,
          new Entry(
              LocalDateTime.parse(at),
              who,
              Kind.MESSAGE,
              Channel.WHATSAPP,
              text,
              SourceRef.of("chat.txt", table.size() + 1),
              0));
      return this;
    }

    void caughtUp() {
      ahead.accept(table);
    }

    Cast cast() {
      List<Author> authors = table.authors();
      long[] counts = new long[authors.size()];
      for (int row = 0; row < table.size(); row++) {
        counts[table.authorColumn()[row]]++;
      }
      return (Cast) Participants.of(authors, counts).choose(Optional.of("Maya Lind"), them);
    }

    Optional<Figures> early() {
      return ahead.figures(table, cast());
    }

    Figures after() {
      return ChatFigures.of(table, cast(), SETTINGS);
    }
  }
}
