package app.walkaway.bench;

import app.walkaway.importer.ChatImporter;
import app.walkaway.importer.ImportOptions;
import app.walkaway.importer.Importers;
import app.walkaway.importer.Peek;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parse throughput per format on one core: every entry of a generated export is read through the
 * same importer the product uses and counted. The {@code bytes} counter reads as bytes per second,
 * so MB/s is that figure divided by 1,000,000.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g", "-XX:+UseSerialGC"})
public class ParseBenchmark {

  @Param({"whatsapp_android", "whatsapp_ios", "whatsapp_dotted", "telegram", "sms"})
  public String format;

  @Param({"200000"})
  public long messages;

  /**
   * Threads one file may be read on. 1 measures one core; WhatsApp exports of 4 MB and more are
   * read on every core by default (the other formats always take one).
   */
  @Param({"1"})
  public int threads;

  private Peek peek;
  private ChatImporter importer;
  private long size;

  /** Reports bytes and messages read per second next to the operation rate. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Read {
    public long bytes;
    public long entries;

    @Setup(Level.Iteration)
    public void reset() {
      bytes = 0;
      entries = 0;
    }
  }

  @Setup(Level.Trial)
  public void generate() throws IOException {
    Path dir = Files.createDirectories(Path.of("bench", "out"));
    Path file = dir.resolve(format + "-" + messages + ".txt");
    if (!Files.exists(file)) {
      ExportGenerator.write(
          ExportGenerator.Format.valueOf(format.toUpperCase(java.util.Locale.ROOT)),
          messages,
          file,
          42);
    }
    peek = Peek.of(file);
    importer = Importers.require(peek);
    size = Files.size(file);
  }

  @Benchmark
  public long parse(Read read) {
    long[] count = new long[1];
    importer.read(peek, ImportOptions.defaults().withThreads(threads), entry -> count[0]++);
    read.bytes += size;
    read.entries += count[0];
    return count[0];
  }
}
