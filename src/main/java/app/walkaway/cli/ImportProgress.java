package app.walkaway.cli;

import java.util.function.LongConsumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/** A progress bar on stderr while events are stored, drawn only when a person is watching. */
final class ImportProgress implements LongConsumer, AutoCloseable {
  // Below this an import finishes before a bar is worth drawing.
  private static final long WORTH_SHOWING = 50_000;

  private final ProgressBar bar;
  private long base;

  private ImportProgress(ProgressBar bar) {
    this.bar = bar;
  }

  static ImportProgress of(long total, boolean quiet) {
    if (quiet || total < WORTH_SHOWING || System.console() == null) {
      return new ImportProgress(null);
    }
    return new ImportProgress(
        new ProgressBarBuilder()
            .setTaskName("Storing")
            .setInitialMax(total)
            .setUnit(" events", 1)
            .setConsumer(new ConsoleProgressBarConsumer(System.err))
            .build());
  }

  /** Starts counting a new file's events after those already stored. */
  void nextFile(long doneSoFar) {
    base = doneSoFar;
  }

  @Override
  public void accept(long doneInFile) {
    if (bar != null) {
      bar.stepTo(base + doneInFile);
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
