package app.walkaway.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.walkaway.event.Actor;
import app.walkaway.event.Mark;
import app.walkaway.event.SourceRef;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Her marks over a real vault: by timeline id, by file and line, kept across a re-import. */
class MarksTest {
  private static final LocalDateTime NOW = LocalDateTime.parse("2026-04-15T20:00");

  @TempDir Path home;
  private VaultSession session;
  private Path chat;

  @BeforeEach
  void fill() {
    session = Vaults.create(home);
    // Sam writes on lines 1, 3, 5...; Maya (her) on lines 2, 4...
    chat =
        Vaults.whatsApp(
            home, "march", LocalDateTime.parse("2026-03-01T09:00"), Duration.ofHours(1), 10);
    importChat();
  }

  @AfterEach
  void lock() {
    session.lock();
  }

  private void importChat() {
    ImportFiles.run(
        session,
        new ImportRequest(List.of(chat), Optional.of("Maya"), Optional.empty()),
        ImportListener.NONE);
  }

  private long idOfLine(int line) {
    return Timeline.page(session, TimelineQuery.all()).items().stream()
        .filter(item -> item.event().source().line() == line)
        .findFirst()
        .orElseThrow()
        .id();
  }

  @Test
  void aMarkByTimelineIdIsReturnedAndListed() {
    long id = idOfLine(3);

    Marks.MarkedMessage marked = Marks.mark(session, id, Optional.of(Mark.RED_FLAG), NOW);

    assertThat(marked.id()).isEqualTo(id);
    assertThat(marked.event().text()).isEqualTo("march message 2");
    assertThat(marked.mark()).contains(Mark.RED_FLAG);
    assertThat(Marks.find(session, id)).contains(Mark.RED_FLAG);
    assertThat(Marks.all(session)).extracting(m -> m.event().source().line()).containsExactly(3L);
  }

  @Test
  void aSecondMarkReplacesTheFirstAndAnEmptyOneTakesItOff() {
    long id = idOfLine(5);
    Marks.mark(session, id, Optional.of(Mark.WARM), NOW);

    assertThat(Marks.mark(session, id, Optional.of(Mark.NOT_A_SIGNAL), NOW).mark())
        .contains(Mark.NOT_A_SIGNAL);
    assertThat(Marks.mark(session, id, Optional.empty(), NOW).mark()).isEmpty();
    assertThat(Marks.all(session)).isEmpty();
  }

  @Test
  void aMarkByFileAndLineFindsHisMessage() {
    Marks.MarkedMessage marked =
        Marks.mark(
            session, SourceRef.of("march.txt", 7), Optional.empty(), Optional.of(Mark.WARM), NOW);

    assertThat(marked.event().who()).isEqualTo(Actor.THEM);
    assertThat(marked.event().source()).isEqualTo(SourceRef.of("march.txt", 7));
    assertThat(Marks.find(session, marked.id())).contains(Mark.WARM);
  }

  @Test
  void aReImportOfTheSameExportKeepsHerMark() {
    long id = idOfLine(3);
    Marks.mark(session, id, Optional.of(Mark.RED_FLAG), NOW);

    importChat();
    session.lock();
    session =
        VaultSession.unlock(VaultPlace.in(home), Vaults.passphrase(), SessionSettings.oneCommand());

    assertThat(Marks.all(session))
        .singleElement()
        .satisfies(m -> assertThat(m.event().source().line()).isEqualTo(3))
        .satisfies(m -> assertThat(m.mark()).contains(Mark.RED_FLAG));
  }

  @Test
  void herOwnMessageCannotBeMarkedAndSaysWhy() {
    assertThatThrownBy(
            () ->
                Marks.mark(
                    session,
                    SourceRef.of("march.txt", 2),
                    Optional.empty(),
                    Optional.of(Mark.RED_FLAG),
                    NOW))
        .isInstanceOf(ServiceException.class)
        .hasMessage("march.txt:2: that is your own message; marks are for what he sent or did");
    assertThat(Marks.all(session)).isEmpty();
  }

  @Test
  void aLineWithNothingOnItSaysWhereAndWhatWasExpected() {
    assertThatThrownBy(
            () ->
                Marks.mark(
                    session,
                    SourceRef.of("march.txt", 99),
                    Optional.empty(),
                    Optional.of(Mark.WARM),
                    NOW))
        .isInstanceOf(ServiceException.class)
        .hasMessageStartingWith("march.txt:99: nothing was imported from this line");
  }

  @Test
  void anUnknownIdSaysSo() {
    assertThatThrownBy(() -> Marks.mark(session, 12_345, Optional.of(Mark.WARM), NOW))
        .isInstanceOf(ServiceException.class)
        .hasMessageContaining("12345");
  }

  @Test
  void theTimeACitationGivesPicksTheMessageOnItsLine() {
    assertThatThrownBy(
            () ->
                Marks.mark(
                    session,
                    SourceRef.of("march.txt", 3),
                    Optional.of(LocalDateTime.parse("2026-03-01T09:00")),
                    Optional.of(Mark.WARM),
                    NOW))
        .hasMessageContaining("nothing from 2026-03-01T09:00");
    Marks.MarkedMessage marked =
        Marks.mark(
            session,
            SourceRef.of("march.txt", 3),
            Optional.of(LocalDateTime.parse("2026-03-01T11:00")),
            Optional.of(Mark.WARM),
            NOW);
    assertThat(marked.event().text()).isEqualTo("march message 2");
  }
}
