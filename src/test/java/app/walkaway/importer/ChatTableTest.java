package app.walkaway.importer;

import static org.assertj.core.api.Assertions.assertThat;

import app.walkaway.event.Channel;
import app.walkaway.event.Kind;
import app.walkaway.event.SourceRef;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What the compact table keeps of an entry, and what it keeps only on request. */
class ChatTableTest {
  private static final Author ROSA = Author.named("Rosa Quill");

  @Test
  void keepsMillisecondsAsSmsAndMetaExportsGiveThem() {
    ChatTable table = new ChatTable(true, false);
    int file = table.addFile();
    LocalDateTime at = LocalDateTime.parse("1969-12-31T23:59:59.250");
    table.add(file, entry(at, "still up?"));
    assertThat(table.at(0)).isEqualTo(at);
    assertThat(table.seconds(0)).isEqualTo(-1);
    assertThat(table.text[0]).isEqualTo("still up?");
  }

  @Test
  void keepsEveryTimeExactlyWhateverTheOrderOfDays() {
    ChatTable table = new ChatTable(false, false);
    int file = table.addFile();
    Random random = new Random(11);
    List<LocalDateTime> times = new ArrayList<>();
    LocalDateTime at = LocalDateTime.parse("1965-06-01T00:00");
    for (int i = 0; i < 5_000; i++) {
      // mostly forward within a day, sometimes a jump of days either way (merged or edited files)
      at =
          random.nextInt(20) == 0
              ? at.plusDays(random.nextInt(4000) - 1000)
              : at.plusSeconds(random.nextInt(4000)).plusNanos(random.nextInt(1000) * 1_000_000L);
      times.add(at);
      table.add(file, entry(at, "x"));
    }
    for (int row = 0; row < times.size(); row++) {
      assertThat(table.at(row)).isEqualTo(times.get(row));
    }
  }

  @Test
  void marksQuestionsOnlyOnContact() {
    ChatTable table = new ChatTable(false, false);
    int file = table.addFile();
    table.add(file, entry(LocalDateTime.parse("2025-05-01T10:00"), "coming?"));
    table.add(file, entry(LocalDateTime.parse("2025-05-01T10:01"), "sure"));
    assertThat(table.asks(0)).isTrue();
    assertThat(table.asks(1)).isFalse();
    assertThat(table.text).isNull();
  }

  @Test
  void namesEachAuthorOnce() {
    ChatTable table = new ChatTable(false, false);
    int file = table.addFile();
    table.add(file, entry(LocalDateTime.parse("2025-05-01T10:00"), "a"));
    table.add(file, entry(LocalDateTime.parse("2025-05-01T10:00"), "b"));
    assertThat(table.authors()).containsExactly(ROSA);
    assertThat(new LoadedChat(List.of(), table, 0).participants().list())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.name()).isEqualTo("Rosa Quill");
              assertThat(p.messages()).isEqualTo(2);
            });
  }

  private static Entry entry(LocalDateTime at, String text) {
    return new Entry(
        at,
        Author.named("Rosa Quill"),
        Kind.MESSAGE,
        Channel.WHATSAPP,
        text,
        SourceRef.of("c.txt", 3),
        0);
  }
}
