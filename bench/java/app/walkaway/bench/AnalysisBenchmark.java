package app.walkaway.bench;

import app.walkaway.analysis.Analysis;
import app.walkaway.analysis.Figures;
import app.walkaway.analysis.Settings;
import app.walkaway.event.Event;
import app.walkaway.importer.Cast;
import app.walkaway.importer.ChatTable;
import app.walkaway.importer.ImportOptions;
import app.walkaway.importer.LoadedChat;
import app.walkaway.service.ChatFigures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
 * columns {@code walkaway analyze} keeps; each operation computes every figure from them as the
 * service does ({@link ChatFigures}), with a start day so before, after and all are all counted.
 * For comparison, {@link #analyzeEvents} computes the same from whole {@link Event}s.
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

  @Param({"1000000"})
  public long messages;

  private ChatTable table;
  private Cast cast;
  private Settings settings;
  private List<Event> events;

  @Setup
  public void read() throws IOException {
    Path file = Path.of("bench", "out", "whatsapp_android-" + messages + ".txt");
    if (!Files.exists(file)) {
      ExportGenerator.write(ExportGenerator.Format.WHATSAPP_ANDROID, messages, file, 42);
    }
    LoadedChat chat = LoadedChat.read(List.of(file), ImportOptions.defaults(), true);
    table = chat.table();
    // Her and him as walkaway analyze --me "Maya Lindqvist" decides them.
    cast = (Cast) chat.participants().choose(Optional.of(ME), Optional.empty());
    events = table.events(cast);
    LocalDateTime last = table.at(table.size() - 1);
    settings = Settings.of(last.plusDays(1)).withStart(LocalDate.from(last.minusYears(1)));
  }

  @Benchmark
  public Figures analyze() {
    return ChatFigures.of(table, cast, settings);
  }

  /** The same figures from whole events, as the vault's analysis reads them: for comparison. */
  @Benchmark
  public Figures analyzeEvents() {
    return Analysis.analyze(events, settings);
  }
}
