package app.walkaway.bench;

import app.walkaway.analysis.Analysis;
import app.walkaway.analysis.Analyzer;
import app.walkaway.analysis.Figures;
import app.walkaway.analysis.Settings;
import app.walkaway.event.Actor;
import app.walkaway.event.Event;
import app.walkaway.event.Kind;
import app.walkaway.event.Questions;
import app.walkaway.importer.Author;
import app.walkaway.importer.Cast;
import app.walkaway.importer.Entry;
import app.walkaway.importer.ImportOptions;
import app.walkaway.importer.Importers;
import app.walkaway.importer.Participants;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The analysis alone over a generated WhatsApp export: the file is read once, in setup, into the
 * columns {@code walkaway analyze} keeps (time, actor, kind, asks-something flag); each operation
 * computes every figure from them, with a start day so before, after and all are all counted. For
 * comparison, {@link #analyzeEvents} computes the same from whole {@link Event}s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g"})
public class AnalysisBenchmark {
  private static final String ME = "Maya Lindqvist";
  private static final Kind[] KINDS = Kind.values();

  @Param({"1000000"})
  public long messages;

  private long[] seconds;
  private Actor[] actors;
  private byte[] kinds;
  private boolean[] asks;
  private Settings settings;
  private List<Event> events;

  @Setup
  public void read() throws IOException {
    Path file = Path.of("bench", "out", "whatsapp_android-" + messages + ".txt");
    if (!Files.exists(file)) {
      ExportGenerator.write(ExportGenerator.Format.WHATSAPP_ANDROID, messages, file, 42);
    }
    int n = Math.toIntExact(messages);
    seconds = new long[n];
    kinds = new byte[n];
    asks = new boolean[n];
    List<Author> authors = new ArrayList<>();
    List<Author> byRow = new ArrayList<>(n);
    List<Entry> entries = new ArrayList<>(n);
    int[] size = {0};
    Importers.read(
        file,
        ImportOptions.defaults(),
        e -> {
          int row = size[0]++;
          seconds[row] = e.at().toEpochSecond(ZoneOffset.UTC);
          kinds[row] = (byte) e.kind().ordinal();
          asks[row] = Questions.asks(e.text());
          byRow.add(e.author());
          entries.add(e);
          if (!authors.contains(e.author())) {
            authors.add(e.author());
          }
        });
    actors = cast(authors, byRow);
    events = new ArrayList<>(n);
    for (int row = 0; row < n; row++) {
      Entry e = entries.get(row);
      events.add(
          new Event(e.at(), actors[row], e.kind(), e.channel(), e.text(), e.source(), e.seconds()));
    }
    LocalDateTime last = LocalDateTime.ofEpochSecond(seconds[n - 1], 0, ZoneOffset.UTC);
    settings = Settings.of(last.plusDays(1)).withStart(LocalDate.from(last.minusYears(1)));
  }

  /** Her and him as {@code walkaway analyze --me "Maya Lindqvist"} decides them. */
  private static Actor[] cast(List<Author> authors, List<Author> byRow) {
    long[] counts = new long[authors.size()];
    byRow.forEach(a -> counts[authors.indexOf(a)]++);
    Cast cast = (Cast) Participants.of(authors, counts).choose(Optional.of(ME), Optional.empty());
    return byRow.stream().map(cast::actorOf).toArray(Actor[]::new);
  }

  @Benchmark
  public Figures analyze() {
    Analyzer analyzer = new Analyzer(settings);
    for (int row = 0; row < seconds.length; row++) {
      analyzer.accept(seconds[row], actors[row], KINDS[kinds[row]], asks[row]);
    }
    return analyzer.finish();
  }

  /** The same figures from whole events, as the vault's analysis reads them: for comparison. */
  @Benchmark
  public Figures analyzeEvents() {
    return Analysis.analyze(events, settings);
  }
}
