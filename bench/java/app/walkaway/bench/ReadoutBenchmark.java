package app.walkaway.bench;

import app.walkaway.analysis.Analysis;
import app.walkaway.analysis.Figures;
import app.walkaway.analysis.Settings;
import app.walkaway.event.Event;
import app.walkaway.importer.Cast;
import app.walkaway.importer.ImportOptions;
import app.walkaway.importer.ImportedFile;
import app.walkaway.importer.Importers;
import app.walkaway.importer.Participants;
import app.walkaway.method.Guidance;
import app.walkaway.method.Item;
import app.walkaway.method.Plan;
import app.walkaway.method.Playbook;
import app.walkaway.method.Progress;
import app.walkaway.method.RedFlags;
import app.walkaway.method.Streaks;
import app.walkaway.readout.FromAnalysis;
import app.walkaway.readout.Readout;
import app.walkaway.readout.ReadoutEngine;
import app.walkaway.signals.BehaviourFinder;
import app.walkaway.signals.SignalDetector;
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
import org.openjdk.jmh.infra.Blackhole;

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
  private Playbook playbook;

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
    playbook = Playbook.load();
  }

  /** What {@code readout} computes: figures, the signals it lists, and the read-out. */
  @Benchmark
  public Readout readout(Blackhole listed) {
    Figures figures = Analysis.analyze(window, Settings.of(now).withStart(start));
    listed.consume(SignalDetector.standard().readAll(window));
    listed.consume(BehaviourFinder.standard().find(window, now));
    return ReadoutEngine.standard().read(FromAnalysis.input("Sam", figures, window));
  }

  /** What {@code today} computes: progress, red flags (shapes and words) and guidance. */
  @Benchmark
  public List<Item> today(Blackhole words) {
    var at = now.toInstant(ZoneOffset.UTC);
    words.consume(SignalDetector.standard().readAll(window));
    Progress progress = Streaks.compute(window, plan, playbook, at, ZoneOffset.UTC);
    var flags = RedFlags.find(window, start.atStartOfDay());
    return Guidance.today(playbook, plan, progress, window, at, ZoneOffset.UTC, flags);
  }
}
