package app.walkaway.bench;

import app.walkaway.event.Event;
import app.walkaway.importer.Cast;
import app.walkaway.importer.ImportOptions;
import app.walkaway.importer.ImportedFile;
import app.walkaway.importer.Importers;
import app.walkaway.importer.Participants;
import app.walkaway.method.Plan;
import app.walkaway.service.ReadOut;
import app.walkaway.service.Reading;
import app.walkaway.service.Today;
import app.walkaway.service.TodayResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
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
 * The engines behind {@code walkaway readout} and {@code today} on the window those commands read
 * from a vault holding a generated chat: 12 weeks before a start 60 days before the last message,
 * and everything since. Milliseconds per call, after warm-up (the whole-process figures, with the
 * vault's key derivation and JVM start, come from bench/vault.sh).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx3g"})
public class ReadoutBenchmark {
  @Param({"1000000"})
  public long messages;

  private List<Event> window;
  private LocalDate start;
  private LocalDateTime now;
  private Plan plan;

  @Setup
  public void read() throws IOException {
    Path file = Files.createTempFile("walkaway-bench", ".txt");
    try {
      ExportGenerator.write(ExportGenerator.Format.WHATSAPP_ANDROID, messages, file, 42);
      ImportedFile read = Importers.read(file, ImportOptions.defaults());
      Participants people = Participants.of(read.entries());
      Cast cast = (Cast) people.choose(Optional.of(SyntheticChat.HER), Optional.empty());
      List<Event> all = cast.toEvents(read.entries());
      now = all.get(all.size() - 1).at();
      start = now.toLocalDate().minusDays(60);
      LocalDateTime from = start.atStartOfDay().minusWeeks(12);
      window = all.stream().filter(e -> !e.at().isBefore(from)).toList();
    } finally {
      Files.delete(file);
    }
    plan = new Plan(start, app.walkaway.method.Mode.SOFT, List.of(), List.of(), "", "Sam");
  }

  /** What {@code readout} computes once its window is read: figures, signals, the read-out. */
  @Benchmark
  public Reading readout() {
    return ReadOut.over(List.of(), window, start, now, "Sam");
  }

  /** What {@code today} computes once its window is read: progress, red flags and guidance. */
  @Benchmark
  public TodayResult today() {
    return Today.over(plan, window, now.toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
  }
}
