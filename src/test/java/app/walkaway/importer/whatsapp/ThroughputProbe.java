package app.walkaway.importer.whatsapp;

import app.walkaway.importer.ImportOptions;
import app.walkaway.importer.ImportReport;
import app.walkaway.importer.Peek;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A rough throughput probe, not a benchmark (JMH comes later): {@code java -cp
 * target/classes:target/test-classes app.walkaway.importer.whatsapp.ThroughputProbe 50 android}
 * writes a generated export of that many MB (or takes an existing export's path) and reads it a few
 * times, printing MB/s per read (both passes included) by wall clock and by the reading thread's
 * CPU time, which a busy machine disturbs less.
 */
final class ThroughputProbe {
  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  private ThroughputProbe() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && Files.isRegularFile(Path.of(args[0]))) {
      Path given = Path.of(args[0]);
      rounds(Peek.of(given), Files.size(given));
      return;
    }
    long mb = args.length > 0 ? Long.parseLong(args[0]) : 50;
    boolean iphone = args.length > 1 && args[1].equals("iphone");
    Path file = Files.createTempFile("walkaway-probe", ".txt");
    try {
      GeneratedChat.Written w = GeneratedChat.write(file, mb * 1024 * 1024, iphone);
      rounds(Peek.of(file), w.bytes());
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static void rounds(Peek peek, long bytes) {
    for (int round = 1; round <= 6; round++) {
      long[] sink = new long[1];
      long start = System.nanoTime();
      long cpuStart = THREADS.getCurrentThreadCpuTime();
      ImportReport report =
          new WhatsAppImporter().read(peek, ImportOptions.defaults(), e -> sink[0]++);
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpu = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
      double megabytes = bytes / 1048576.0;
      System.out.printf(
          "round %d: %d entries, %.1f MB: wall %.2f s = %.0f MB/s, thread CPU %.2f s = %.0f MB/s%n",
          round, report.entries(), megabytes, seconds, megabytes / seconds, cpu, megabytes / cpu);
    }
  }
}
