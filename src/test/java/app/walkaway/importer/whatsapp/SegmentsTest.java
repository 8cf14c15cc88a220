package app.walkaway.importer.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import app.walkaway.event.Kind;
import app.walkaway.event.Questions;
import app.walkaway.importer.Author;
import app.walkaway.importer.Entry;
import app.walkaway.importer.ImportOptions;
import app.walkaway.importer.ImportReport;
import app.walkaway.importer.Peek;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reading a file in segments on several threads gives exactly what one pass gives: the same entries
 * in the same order with the same line numbers, and the same report. The chats are seeded-random
 * and deliberately awkward at every possible cut: long multi-line messages, blank lines, lines
 * before the first message, pasted headers of another shape, impossible dates, notices, BOMs and
 * CRs at line starts and ends, and bytes that are not UTF-8.
 */
class SegmentsTest {
  @TempDir Path dir;

  static Stream<Arguments> cuts() {
    List<Arguments> all = new ArrayList<>();
    for (long seed = 1; seed <= 12; seed++) {
      for (int count : new int[] {2, 3, 7, 40, 400}) {
        all.add(Arguments.of(seed, count, 1 + (int) (seed % 3)));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "seed {0}, {1} segments on {2} threads")
  @MethodSource("cuts")
  void segmentsReadWhatOnePassReads(long seed, int count, int threads) throws IOException {
    Path file = dir.resolve("chat-" + seed + ".txt");
    Files.write(file, awkwardChat(new Random(seed), seed % 2 == 0));
    Layout layout = layoutOf(file);

    List<String> onePass = new ArrayList<>();
    ImportReport expected = onePass(file, layout, onePass);
    List<String> segmented = new ArrayList<>();
    Set<Author> authorObjects = Collections.newSetFromMap(new IdentityHashMap<>());
    Counts counts =
        Segments.read(
            file,
            Files.size(file),
            layout,
            true,
            "chat.txt",
            threads,
            count,
            e -> {
              segmented.add(describe(e));
              authorObjects.add(e.author());
            });

    assertThat(segmented).containsExactlyElementsOf(onePass);
    assertThat(authorObjects).as("one Author object per person").hasSize(2);
    assertThat(counts.report(layout, "chat.txt")).isEqualTo(expected);
  }

  @Test
  void theImporterReadsABigFileInSegmentsWithTheSameResult() throws IOException {
    Path file = dir.resolve("big.txt");
    Random random = new Random(99);
    try (var out = Files.newOutputStream(file)) {
      while (Files.size(file) < Segments.PARALLEL_FROM + Segments.SEGMENT_BYTES) {
        out.write(awkwardChat(random, false));
        out.flush();
      }
    }
    List<String> onePass = new ArrayList<>();
    ImportReport expected = readWith(file, 1, onePass);

    List<String> segmented = new ArrayList<>();
    ImportReport report = readWith(file, 3, segmented);

    assertThat(Segments.threadsFor(Files.size(file), 3)).isEqualTo(3);
    assertThat(segmented).hasSize((int) expected.entries()).containsExactlyElementsOf(onePass);
    assertThat(report).isEqualTo(expected);
  }

  /**
   * Read for a caller that wants no texts, on one thread or several, every entry is the same except
   * that plain typed messages come with an empty text.
   */
  @ParameterizedTest(name = "on {0} threads")
  @ValueSource(ints = {1, 3})
  void withoutTextsOnlyPlainMessagesLoseTheirText(int threads) throws IOException {
    Path file = dir.resolve("big.txt");
    Random random = new Random(7);
    try (var out = Files.newOutputStream(file)) {
      while (Files.size(file) < Segments.PARALLEL_FROM + Segments.SEGMENT_BYTES) {
        out.write(awkwardChat(random, random.nextBoolean()));
        out.flush();
      }
    }
    List<Entry> full = new ArrayList<>();
    ImportReport expected =
        new WhatsAppImporter()
            .read(Peek.of(file), ImportOptions.defaults().withThreads(threads), full::add);
    List<Entry> lean = new ArrayList<>();
    ImportReport report =
        new WhatsAppImporter()
            .read(
                Peek.of(file),
                ImportOptions.defaults().withThreads(threads).withoutTexts(),
                lean::add);

    assertThat(report).isEqualTo(expected);
    assertThat(lean).hasSameSizeAs(full);
    int emptied = 0;
    for (int i = 0; i < full.size(); i++) {
      Entry was = full.get(i);
      Entry now = lean.get(i);
      if (!now.text().equals(was.text())) {
        assertThat(now.text()).isEmpty();
        assertThat(was.kind()).isEqualTo(Kind.MESSAGE);
        emptied++;
        now =
            new Entry(
                now.at(),
                now.author(),
                now.kind(),
                now.channel(),
                was.text(),
                now.source(),
                now.seconds(),
                now.asks());
      }
      assertThat(now).isEqualTo(was);
    }
    assertThat(emptied).as("plain messages read without their text").isGreaterThan(full.size() / 4);
    assertThat(full.size() - emptied).as("entries still read whole").isGreaterThan(full.size() / 4);
  }

  private static ImportReport readWith(Path file, int threads, List<String> into) {
    return new WhatsAppImporter()
        .read(
            Peek.of(file),
            ImportOptions.defaults().withThreads(threads),
            e -> {
              // the importer's own question test, from the bytes, agrees with the text's
              assertThat(e.asks()).as(e.text()).isEqualTo(Questions.asks(e.text()));
              into.add(describe(e));
            });
  }

  private static Layout layoutOf(Path file) throws IOException {
    try (LineReader lines = new LineReader(Files.newInputStream(file), Survey.PREFIX_BYTES)) {
      return Survey.run(lines, "chat.txt", () -> 2024);
    }
  }

  private static ImportReport onePass(Path file, Layout layout, List<String> into)
      throws IOException {
    try (LineReader lines = new LineReader(Files.newInputStream(file))) {
      Counts counts =
          new Emitter(
                  layout,
                  (at, millis, author, kind, text, asks, line) -> {
                    // the millis the emitter hands on with each time are that time's
                    assertThat(millis)
                        .isEqualTo(
                            at.toEpochSecond(ZoneOffset.UTC) * 1000 + at.getNano() / 1_000_000);
                    into.add(
                        at
                            + "|"
                            + author.name()
                            + "|"
                            + kind
                            + "|"
                            + text
                            + "|"
                            + asks
                            + "|"
                            + line);
                  })
              .run(lines);
      return counts.report(layout, "chat.txt");
    }
  }

  private static String describe(Entry e) {
    return e.at()
        + "|"
        + e.author().name()
        + "|"
        + e.kind()
        + "|"
        + e.text()
        + "|"
        + e.asks()
        + "|"
        + e.source().line();
  }

  /** An invented chat in Android's layout, with every awkward line a segment cut can meet. */
  static byte[] awkwardChat(Random random, boolean crlf) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String eol = crlf ? "\r\n" : "\n";
    if (random.nextBoolean()) {
      write(out, "exported by hand" + eol + eol);
    }
    LocalDateTime at = LocalDateTime.of(2019, 3, 1, 9, 0);
    int messages = 50 + random.nextInt(400);
    for (int i = 0; i < messages; i++) {
      at = at.plusMinutes(random.nextInt(900));
      write(out, header(at) + firstLine(random) + eol);
      int more = random.nextInt(8) == 0 ? 1 + random.nextInt(12) : 0;
      for (int j = 0; j < more; j++) {
        writeLine(out, random, eol);
      }
    }
    return out.toByteArray();
  }

  private static String header(LocalDateTime t) {
    return String.format(
        "%02d/%02d/%d, %02d:%02d - ",
        t.getDayOfMonth(), t.getMonthValue(), t.getYear(), t.getHour(), t.getMinute());
  }

  private static String firstLine(Random random) {
    return switch (random.nextInt(12)) {
      case 0 -> "Messages and calls are end-to-end encrypted. Tap to learn more.";
      case 1 -> "Ines Okafor: <Media omitted>";
      case 2 -> "Tomás Ruiz: This message was deleted";
      case 3 -> "Tomás Ruiz: back at six <This message was edited>";
      case 4 -> "Ines Okafor: \uD83C\uDF35 cactus day \u00e9t\u00e9";
      default -> (random.nextBoolean() ? "Ines Okafor: " : "Tomás Ruiz: ") + words(random);
    };
  }

  private static void writeLine(ByteArrayOutputStream out, Random random, String eol) {
    switch (random.nextInt(9)) {
      case 0 -> write(out, eol);
      case 1 -> write(out, "[3/4/19, 10:00:00] Pasted Person: quoted from elsewhere" + eol);
      case 2 -> write(out, "31/02/2019, 10:00 - Ines Okafor: a date that cannot be" + eol);
      case 3 -> write(out, "\uFEFF" + words(random) + eol);
      case 4 -> {
        write(out, "broken ");
        out.write(0xFF);
        out.write(0xC3);
        write(out, " bytes" + eol);
      }
      case 5 -> write(out, "x".repeat(200 + random.nextInt(3000)) + eol);
      default -> write(out, words(random) + eol);
    }
  }

  private static String words(Random random) {
    String[] words = {
      "soup",
      "later",
      "bus",
      "maybe",
      "okay",
      "\u2764\ufe0f",
      "Mar",
      "june",
      "why?",
      "\u00bfqu\u00e9",
      "see:",
      "https://maps.google.com/?q=1,2"
    };
    StringBuilder text = new StringBuilder();
    for (int i = 0, n = 1 + random.nextInt(9); i < n; i++) {
      text.append(i == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
    }
    return text.toString();
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }
}
