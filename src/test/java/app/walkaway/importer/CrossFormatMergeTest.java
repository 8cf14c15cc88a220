package app.walkaway.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import app.walkaway.event.Actor;
import app.walkaway.event.Channel;
import app.walkaway.event.Event;
import app.walkaway.importer.SampleExports.Said;
import app.walkaway.importer.merge.Merge;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One relationship told by several exports of different formats (Telegram single chat and account
 * export, SMS backups, Messenger, WhatsApp without seconds), each covering part of the time: merged
 * by who, kind, text and a minute, every message comes out once, whatever the order of the files
 * and however often one is given. Property tests over random conversations (QuickTheories).
 */
class CrossFormatMergeTest {
  private static final String[] WORDS = {
    "ok", "see you soon", "Morning!", "how was the walk?", "thanks", "call me later"
  };
  private static final Channel[] CHANNELS = {
    Channel.TELEGRAM, Channel.SMS, Channel.MESSENGER, Channel.WHATSAPP
  };

  @TempDir Path dir;

  /** A random conversation: 3 to 200 minutes between messages, so two are never a minute apart. */
  private static Map<Channel, List<Said>> conversation(Random random) {
    Map<Channel, List<Said>> byChannel = new EnumMap<>(Channel.class);
    LocalDateTime at = LocalDateTime.parse("2024-05-01T09:00:00");
    int n = 4 + random.nextInt(30);
    for (int id = 1; id <= n; id++) {
      at = at.plusMinutes(3 + random.nextInt(200)).withSecond(random.nextInt(60));
      Said said = new Said(id, at, random.nextBoolean(), WORDS[random.nextInt(WORDS.length)]);
      byChannel
          .computeIfAbsent(CHANNELS[random.nextInt(CHANNELS.length)], c -> new ArrayList<>())
          .add(said);
    }
    return byChannel;
  }

  /** A contiguous stretch of the messages, as one export covers one stretch of time. */
  private static List<Said> window(Random random, List<Said> all) {
    int from = random.nextInt(all.size());
    int to = from + 1 + random.nextInt(all.size() - from);
    return all.subList(from, to);
  }

  /** Writes overlapping exports of every channel; returns the files and what they cover. */
  private List<Path> exports(Random random, Map<Channel, List<Said>> byChannel, List<Said> covered)
      throws IOException {
    Path here = Files.createTempDirectory(dir, "case");
    List<Path> files = new ArrayList<>();
    var zone = Fixtures.LONDON;
    for (var entry : byChannel.entrySet()) {
      List<Said> all = entry.getValue();
      List<Said> a = window(random, all);
      List<Said> b = window(random, all);
      switch (entry.getKey()) {
        case TELEGRAM -> {
          files.add(SampleExports.telegramSingleChat(here.resolve("tg.json"), a, zone));
          files.add(SampleExports.telegramAccount(here.resolve("account.json"), b, zone));
        }
        case SMS -> {
          files.add(SampleExports.sms(here.resolve("sms-1.xml"), a, zone));
          files.add(SampleExports.sms(here.resolve("sms-2.xml"), b, zone));
        }
        case MESSENGER -> {
          files.add(SampleExports.messenger(here.resolve("message_1.json"), a, zone));
          b = List.of();
        }
        default -> {
          files.add(SampleExports.whatsApp(here.resolve("chat-1.txt"), a));
          files.add(SampleExports.whatsApp(here.resolve("chat-2.txt"), b));
        }
      }
      List<Said> second = b;
      all.stream().filter(s -> a.contains(s) || second.contains(s)).forEach(covered::add);
    }
    return files;
  }

  /** Her and him as each export names them; an export's own owner is always her. */
  private static List<Event> events(Path file) {
    ImportedFile read = Importers.read(file, Fixtures.options(SampleExports.HIM));
    return read.entries().stream()
        .map(
            e -> {
              Actor who =
                  e.author().owner() || Names.matches(SampleExports.HER, e.author())
                      ? Actor.ME
                      : Names.matches(SampleExports.HIM, e.author()) ? Actor.THEM : Actor.OTHER;
              return new Event(e.at(), who, e.kind(), e.channel(), e.text(), e.source(), 0);
            })
        .toList();
  }

  @Test
  void everyMessageComesOutOnceAndNearItsTime() {
    boolean[] overlapped = {false};
    qt().withExamples(40)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random random = new Random(seed);
              List<Said> covered = new ArrayList<>();
              List<List<Event>> files = read(random, covered);
              List<Event> merged = Merge.events(files);
              overlapped[0] |= files.stream().mapToInt(List::size).sum() > covered.size();

              assertThat(merged).hasSize(covered.size());
              covered.sort(Comparator.comparing(Said::at));
              for (int i = 0; i < covered.size(); i++) {
                Said truth = covered.get(i);
                Event got = merged.get(i);
                assertThat(got.who()).isEqualTo(truth.fromHer() ? Actor.ME : Actor.THEM);
                assertThat(got.text()).isEqualTo(truth.text());
                assertThat(Duration.between(got.at(), truth.at()).abs())
                    .isLessThanOrEqualTo(Duration.ofMinutes(1));
              }
            });
    assertThat(overlapped[0])
        .as("some exports overlapped, so there was something to merge")
        .isTrue();
  }

  @Test
  void theOrderOfTheFilesDoesNotMatter() {
    qt().withExamples(40)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random random = new Random(seed);
              List<List<Event>> files = read(random, new ArrayList<>());
              List<List<Event>> shuffled = new ArrayList<>(files);
              Collections.shuffle(shuffled, random);
              assertThat(Merge.events(shuffled)).isEqualTo(Merge.events(files));
            });
  }

  @Test
  void givingAFileTwiceChangesNothing() {
    qt().withExamples(40)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random random = new Random(seed);
              List<List<Event>> files = read(random, new ArrayList<>());
              List<List<Event>> twice = new ArrayList<>(files);
              twice.addAll(files);
              List<Event> once = Merge.events(files);
              assertThat(Merge.events(twice)).isEqualTo(once);
              assertThat(Merge.events(List.of(once, once))).isEqualTo(once);
            });
  }

  private List<List<Event>> read(Random random, List<Said> covered) {
    try {
      Map<Channel, List<Said>> conversation = conversation(random);
      Map<Path, List<Event>> byFile = new HashMap<>();
      for (Path file : exports(random, conversation, covered)) {
        byFile.put(file, events(file));
      }
      return byFile.keySet().stream().sorted().map(byFile::get).toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
