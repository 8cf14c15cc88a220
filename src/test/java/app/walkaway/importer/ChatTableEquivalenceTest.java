package app.walkaway.importer;

import static org.assertj.core.api.Assertions.assertThat;

import app.walkaway.analysis.Analysis;
import app.walkaway.analysis.Figures;
import app.walkaway.analysis.Settings;
import app.walkaway.event.Event;
import app.walkaway.importer.merge.Merge;
import app.walkaway.service.ChatFigures;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The compact table {@code analyze} reads into gives exactly what the entries themselves give: the
 * same participants, duplicates, events and figures, over seeded random chats of one to three
 * overlapping files whose clocks sometimes jump back.
 */
class ChatTableEquivalenceTest {
  private static final DateTimeFormatter HEADER = DateTimeFormatter.ofPattern("dd/MM/yyyy, HH:mm");
  private static final String[] WORDS = {
    "tea", "later?", "ok", "the bus was late", "night x", "did you see it?", "¿qué?", "fine"
  };
  private static final String[] NAMES = {"Ines Varga", "Tomas Reel", "Ines Varga", "Ola Brant"};

  @TempDir Path dir;

  static Stream<Long> seeds() {
    return Stream.iterate(1L, s -> s + 1).limit(12);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void tableGivesWhatTheEntriesGive(long seed) {
    Random random = new Random(seed);
    List<String> lines = chat(random, 150 + random.nextInt(150));
    List<Path> files = files(random, lines, seed);
    Settings settings =
        Settings.of(LocalDateTime.parse("2025-03-01T00:00"))
            .withStart(LocalDate.parse("2025-01-" + (10 + random.nextInt(15))));
    ImportOptions options = ImportOptions.defaults();

    List<List<Entry>> read = new ArrayList<>();
    files.forEach(f -> read.add(Importers.read(f, options).entries()));
    List<Entry> merged = Merge.entries(read);
    Participants expectedPeople = Participants.of(merged);
    Cast cast = cast(expectedPeople);
    List<Event> expectedEvents = cast.toEvents(merged);
    Figures expected = Analysis.analyze(expectedEvents, settings);

    LoadedChat chat = LoadedChat.read(files, options, true);
    Cast chosen = cast(chat.participants());
    assertThat(chat.participants().list()).isEqualTo(expectedPeople.list());
    assertThat(chat.duplicates())
        .isEqualTo(read.stream().mapToLong(List::size).sum() - merged.size());
    assertThat(chat.table().events(chosen)).isEqualTo(expectedEvents);
    assertThat(ChatFigures.of(chat.table(), chosen, settings)).isEqualTo(expected);
    assertThat(chat.first()).isEqualTo(merged.get(0).at());
    assertThat(chat.last()).isEqualTo(merged.get(merged.size() - 1).at());
  }

  private static Cast cast(Participants people) {
    return (Cast) people.choose(Optional.of("Ines Varga"), Optional.of("Tomas Reel"));
  }

  /** Messages a few minutes to a day apart; now and then the phone's clock jumps back an hour. */
  private static List<String> chat(Random random, int size) {
    List<String> lines = new ArrayList<>();
    LocalDateTime at = LocalDateTime.parse("2024-12-13T08:00");
    for (int i = 0; i < size; i++) {
      at = at.plusMinutes(random.nextInt(10) == 0 ? 60 * 20 : random.nextInt(90));
      LocalDateTime shown = random.nextInt(25) == 0 ? at.minusHours(1) : at;
      String text = WORDS[random.nextInt(WORDS.length)];
      lines.add(HEADER.format(shown) + " - " + NAMES[random.nextInt(NAMES.length)] + ": " + text);
      if (random.nextInt(8) == 0) {
        lines.add(lines.get(lines.size() - 1)); // "ok" twice in a minute stays twice
      }
    }
    return lines;
  }

  /** One to three files, each a random stretch of the chat, so they overlap in part. */
  private List<Path> files(Random random, List<String> lines, long seed) {
    int count = 1 + random.nextInt(3);
    List<Path> files = new ArrayList<>();
    for (int f = 0; f < count; f++) {
      int from = f == 0 ? 0 : random.nextInt(lines.size() / 2);
      int to = f == 0 ? lines.size() : from + random.nextInt(lines.size() - from) + 1;
      files.add(write(lines.subList(from, to), "chat-" + seed + "-" + f + ".txt"));
    }
    return files;
  }

  private Path write(List<String> lines, String name) {
    return app.walkaway.cli.ChatFiles.write(dir, name, lines.toArray(String[]::new));
  }
}
