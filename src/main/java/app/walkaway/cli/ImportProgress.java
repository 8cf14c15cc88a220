package app.walkaway.cli;

import app.walkaway.service.ImportListener;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/** A progress bar on stderr while events are stored, drawn only when a person is watching. */
final class ImportProgress implements ImportListener, AutoCloseable {
  // Below this an import finishes before a bar is worth drawing.
  private static final long WORTH_SHOWING = 50_000;

  private final boolean quiet;
  private ProgressBar bar;

  private ImportProgress(boolean quiet) {
    this.quiet = quiet;
  }

  static ImportProgress of(boolean quiet) {
    return new ImportProgress(quiet || System.console() == null);
  }

  @Override
  public void storing(long done, long total) {
    if (bar == null && !quiet && total >= WORTH_SHOWING) {
      bar =
          new ProgressBarBuilder()
              .setTaskName("Storing")
              .setInitialMax(total)
              .setUnit(" events", 1)
              .setConsumer(new ConsoleProgressBarConsumer(System.err))
              .build();
    }
    if (bar != null) {
      bar.stepTo(done);
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
