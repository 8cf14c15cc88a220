package app.walkaway.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.walkaway.bench.ExportGenerator;
import app.walkaway.event.Actor;
import app.walkaway.event.Event;
import app.walkaway.importer.Cast;
import app.walkaway.importer.ImportException;
import app.walkaway.importer.ImportOptions;
import app.walkaway.importer.Importers;
import app.walkaway.importer.Participant;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The second reading of a chat, handed to the vault as it goes: the same events in the same order
 * as reading the file whole, and a file that changed since the first reading is refused rather than
 * stored as something she never chose who is who for.
 */
class StreamedEventsTest {
  private static final ImportOptions OPTIONS = ImportOptions.defaults();
  @TempDir Path dir;
  private Path chat;
  private ChatSurvey survey;
  private Cast cast;

  @BeforeEach
  void aChatSurveyed() throws IOException {
    chat =
        ExportGenerator.write(
            ExportGenerator.Format.WHATSAPP_ANDROID, 5_000, dir.resolve("chat.txt"), 7);
    survey = ChatSurvey.of(chat, OPTIONS);
    List<Participant> people = survey.people().list();
    cast = new Cast(people.get(0), Optional.of(people.get(1)));
  }

  @Test
  void theEventsAreThoseOfTheWholeFileInItsOrder() {
    List<Event> streamed = new ArrayList<>();
    try (StreamedEvents events = new StreamedEvents(chat, OPTIONS, cast, survey.entries())) {
      events.forEachRemaining(streamed::add);
    }

    assertThat(streamed).hasSize((int) survey.entries());
    assertThat(streamed).isEqualTo(cast.toEvents(Importers.read(chat, OPTIONS).entries()));
  }

  @Test
  void aFileThatChangedSinceItsFirstReadingIsRefused() {
    try (StreamedEvents events = new StreamedEvents(chat, OPTIONS, cast, survey.entries() + 1)) {
      assertThatThrownBy(() -> events.forEachRemaining(e -> {}))
          .isInstanceOf(ImportException.class)
          .hasMessageContaining("the file changed while it was being imported")
          .hasMessageContaining("nothing of it was stored");
    }
  }

  @Test
  void closingEarlyLetsTheReadingGo() throws InterruptedException {
    StreamedEvents events = new StreamedEvents(chat, OPTIONS, cast, survey.entries());
    events.next();
    events.close();

    assertThat(readingThreads()).as("no reading thread left waiting").isZero();
  }

  @Test
  void hisSampleIsHisWordsOnlyAndBounded() {
    List<String> hisKey = List.of(cast.them().orElseThrow().key());

    var his = survey.hisSample(Optional.of(hisKey.get(0)), chat, OPTIONS);

    assertThat(his).isNotEmpty().hasSizeLessThanOrEqualTo(ChatSurvey.Sample.MOST);
    assertThat(his.stream().map(e -> cast.actorOf(e.author())).distinct())
        .containsExactly(Actor.THEM);
  }

  private static long readingThreads() throws InterruptedException {
    for (int tries = 0; tries < 50; tries++) {
      long alive =
          Thread.getAllStackTraces().keySet().stream()
              .filter(t -> t.getName().equals("walkaway-import-read"))
              .count();
      if (alive == 0) {
        return 0;
      }
      Thread.sleep(100);
    }
    return -1;
  }
}
