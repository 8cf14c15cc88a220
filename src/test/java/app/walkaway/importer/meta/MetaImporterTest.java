package app.walkaway.importer.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.walkaway.event.Channel;
import app.walkaway.event.Kind;
import app.walkaway.importer.Entry;
import app.walkaway.importer.Fixtures;
import app.walkaway.importer.ImportException;
import app.walkaway.importer.ImportedFile;
import app.walkaway.importer.Importers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What Messenger and Instagram messages become (FORMATS §3). */
class MetaImporterTest {
  private static final String THREAD =
      "meta/messenger-thread/your_facebook_activity/messages/inbox/pawelzak_10203040";
  private final ImportedFile messenger = Fixtures.read(THREAD, null);
  private final ImportedFile instagram = Fixtures.read("meta/instagram-thread", null);

  @Test
  void filesAreMergedOldestFirstAcrossMessageFiles() {
    List<LocalDateTime> times = messenger.entries().stream().map(Entry::at).toList();
    assertThat(times).isSorted();
    assertThat(messenger.entries().get(0).text()).isEqualTo("Dzień dobry! Jak się masz?");
    assertThat(messenger.entries().get(10).text()).isEqualTo("Good night 😴");
  }

  @Test
  void mojibakeIsRepairedInNamesAndTextInEveryScript() {
    assertThat(messenger.entries())
        .extracting(Entry::text)
        .contains("Привет, как дела? I am practising my Russian.", "你好，明天见", "Good night 😴");
    assertThat(messenger.entries().get(0).author().name()).isEqualTo("Paweł Żak");
  }

  @Test
  void tiesKeepTheirOrderAndAReactionFollowsItsMessage() {
    assertThat(messenger.entries().subList(2, 5))
        .extracting(Entry::kind, e -> e.author().name())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Kind.MESSAGE, "Paweł Żak"),
            org.assertj.core.groups.Tuple.tuple(Kind.REACTION, "Maya Lind"),
            org.assertj.core.groups.Tuple.tuple(Kind.MESSAGE, "Maya Lind"));
    assertThat(messenger.entries().get(3).text()).isEqualTo("😂");
  }

  @Test
  void callsUnsentSharesAndAttachmentsHaveTheirKinds() {
    assertThat(messenger.entries().subList(5, 10))
        .extracting(Entry::kind)
        .containsExactly(Kind.MISSED_CALL, Kind.CALL, Kind.MEDIA, Kind.DELETED, Kind.SHARE);
    assertThat(messenger.entries().get(6).seconds()).isEqualTo(95);
    assertThat(messenger.entries().get(7).text()).isEmpty();
    assertThat(messenger.entries().get(9).text()).isEqualTo("https://example.org/recipe");
    assertThat(messenger.report().systemLines()).isEqualTo(1);
  }

  @Test
  void theChannelIsMessengerUnlessThePathOrTheContentSaysInstagram() {
    assertThat(messenger.entries()).allMatch(e -> e.channel() == Channel.MESSENGER);
    assertThat(instagram.entries()).allMatch(e -> e.channel() == Channel.INSTAGRAM);
    assertThat(Fixtures.read("meta/dm-sender-ids.json", null).entries())
        .allMatch(e -> e.channel() == Channel.INSTAGRAM);
  }

  @Test
  void instagramReactionsUseTheirOwnTimeAndNoticesBecomeWhatTheyStandFor() {
    assertThat(instagram.entries())
        .extracting(Entry::kind)
        .containsExactly(
            Kind.MESSAGE,
            Kind.SHARE,
            Kind.MESSAGE,
            Kind.REACTION,
            Kind.REACTION,
            Kind.MEDIA,
            Kind.REACTION,
            Kind.MESSAGE,
            Kind.SHARE);
    Entry heart = instagram.entries().get(3);
    assertThat(heart.at()).isEqualTo(LocalDateTime.parse("2024-04-20T14:30"));
    assertThat(heart.text()).isEqualTo("❤️");
    assertThat(instagram.entries().get(6).text()).isEqualTo("😂");
    assertThat(instagram.entries().get(8).text()).isEqualTo("Sunset swim 🌅");
  }

  @Test
  void theZipOfTheDownloadReadsTheSame(@TempDir Path dir) {
    Path zip = Fixtures.zip(Fixtures.path("meta/messenger-thread"), dir.resolve("facebook.zip"));
    ImportedFile zipped = Importers.read(zip, Fixtures.options(null));
    assertThat(zipped.entries())
        .extracting(Entry::text)
        .isEqualTo(messenger.entries().stream().map(Entry::text).toList());
  }

  @Test
  void aDownloadWithSeveralThreadsAsksWhoseToRead(@TempDir Path dir) throws Exception {
    copy(Fixtures.path("meta/messenger-thread"), dir);
    Path other = dir.resolve("your_facebook_activity/messages/inbox/renedubois_555");
    Files.createDirectories(other);
    Files.copy(Fixtures.path("meta/messenger-single.json"), other.resolve("message_1.json"));

    assertThatThrownBy(() -> Importers.read(dir, Fixtures.options(null)))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("2 conversations")
        .hasMessageContaining("Paweł Żak (11 messages)")
        .hasMessageContaining("René Dubois (2 messages)");
    assertThat(Importers.read(dir, Fixtures.options("rené dubois")).entries()).hasSize(2);
    assertThat(Importers.read(dir, Fixtures.options("Paweł Żak")).entries()).hasSize(11);
  }

  @Test
  void aCutOffFileKeepsTheMessagesBeforeTheCut(@TempDir Path dir) throws Exception {
    String whole = Files.readString(Fixtures.path(THREAD + "/message_2.json"));
    Path cut = dir.resolve("message_1.json");
    Files.writeString(cut, whole.substring(0, whole.indexOf("Dobrze, dzi")));

    ImportedFile file = Importers.read(cut, Fixtures.options(null));

    // Newest first: two calls and two messages (one with a reaction) came before the cut.
    assertThat(file.entries()).hasSize(5);
    assertThat(file.report().notes())
        .anyMatch(n -> n.startsWith("message_1.json: the file ends in the middle of a message at"));
  }

  @Test
  void aZipThatUnpacksPastTheCapStopsWithAClearMessage(@TempDir Path dir) {
    Path zip = Fixtures.zip(Fixtures.path("meta/messenger-thread"), dir.resolve("facebook.zip"));
    var tiny = Fixtures.options(null);
    var capped = new app.walkaway.importer.ImportOptions(tiny.zone(), tiny.them(), 100);

    assertThatThrownBy(() -> Importers.read(zip, capped))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("unpacks to more than 100 bytes");
  }

  private static void copy(Path from, Path to) throws Exception {
    try (var files = Files.walk(from)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        Files.createDirectories(target.getParent());
        Files.copy(p, target);
      }
    }
  }
}
