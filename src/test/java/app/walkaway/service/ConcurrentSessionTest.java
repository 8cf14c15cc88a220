package app.walkaway.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.walkaway.event.Event;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One session shared as a web server shares it: readers on several threads while a writer imports,
 * over a real encrypted vault. Readers must never see half an import, never fail, and always read
 * texts that belong to the rows they were shown.
 */
class ConcurrentSessionTest {
  private static final int FILES = 8;
  private static final int PER_FILE = 150;
  private static final int PER_IMPORT = 2 * PER_FILE;
  private static final LocalDateTime NOW = LocalDateTime.parse("2026-06-01T00:00");

  @TempDir Path home;

  @Test
  void readersSeeWholeImportsOnlyWhileAWriterImports() throws Exception {
    List<Path> files = new ArrayList<>();
    for (int f = 0; f < FILES; f++) {
      // Interleaved in time: each file's messages fall between the last one's, so rows re-sort.
      LocalDateTime first = LocalDateTime.parse("2026-01-01T08:00").plusMinutes(7L * f);
      files.add(Vaults.whatsApp(home, "file" + f, first, Duration.ofHours(3), PER_FILE));
    }
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    AtomicBoolean writing = new AtomicBoolean(true);
    AtomicLong reads = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(5);
    try (VaultSession session = Vaults.create(home)) {
      CountDownLatch readersUp = new CountDownLatch(4);
      List<Future<?>> readers = new ArrayList<>();
      for (int r = 0; r < 4; r++) {
        readers.add(pool.submit(() -> read(session, writing, readersUp, reads, failures)));
      }
      readersUp.await(10, TimeUnit.SECONDS);
      for (int f = 0; f < FILES; f += 2) { // two files an import: both go in, or neither
        ImportFiles.run(
            session,
            new ImportRequest(files.subList(f, f + 2), Optional.of("Maya"), Optional.empty()),
            ImportListener.NONE);
      }
      writing.set(false);
      for (Future<?> reader : readers) {
        reader.get(60, TimeUnit.SECONDS);
      }

      assertThat(failures).isEmpty();
      assertThat(reads.get()).isGreaterThan(FILES / 2);
      assertThat(Timeline.page(session, TimelineQuery.all()).total())
          .isEqualTo((long) FILES * PER_FILE);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void lockingWhileReadersReadStopsThemWithLockedOnly() throws Exception {
    Path chat =
        Vaults.whatsApp(
            home, "file0", LocalDateTime.parse("2026-01-01T08:00"), Duration.ofMinutes(9), 500);
    VaultSession session = Vaults.create(home);
    ImportFiles.run(
        session,
        new ImportRequest(List.of(chat), Optional.of("Maya"), Optional.empty()),
        ImportListener.NONE);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      CountDownLatch readersUp = new CountDownLatch(4);
      List<Future<Throwable>> readers = new ArrayList<>();
      for (int r = 0; r < 4; r++) {
        readers.add(pool.submit(() -> readUntilStopped(session, readersUp)));
      }
      readersUp.await(10, TimeUnit.SECONDS);
      Thread.sleep(100);

      session.lock();

      for (Future<Throwable> reader : readers) {
        assertThat(reader.get(30, TimeUnit.SECONDS)).isInstanceOf(VaultLockedException.class);
      }
      assertThat(session.isUnlocked()).isFalse();
    } finally {
      pool.shutdownNow();
    }
  }

  private static Throwable readUntilStopped(VaultSession session, CountDownLatch up) {
    up.countDown();
    try {
      while (true) {
        Timeline.page(session, TimelineQuery.all().page(3));
      }
    } catch (Throwable e) {
      return e;
    }
  }

  private static void read(
      VaultSession session,
      AtomicBoolean writing,
      CountDownLatch up,
      AtomicLong reads,
      ConcurrentLinkedQueue<Throwable> failures) {
    up.countDown();
    try {
      do {
        TimelinePage page = Timeline.page(session, TimelineQuery.all().pageSize(40));
        assertThat(page.total() % PER_IMPORT).as("whole imports only").isZero();
        assertNewestFirst(page);
        InsightSeries insights =
            Insights.of(
                session,
                new InsightsQuery(Optional.empty(), Optional.empty(), NOW, Duration.ofHours(6)));
        long counted = insights.days().stream().mapToLong(d -> d.her() + d.him()).sum();
        assertThat(counted % PER_IMPORT).as("whole imports only, in the calendar").isZero();
        reads.incrementAndGet();
      } while (writing.get());
    } catch (Throwable e) {
      failures.add(e);
    }
  }

  private static void assertNewestFirst(TimelinePage page) {
    List<Event> events = page.items().stream().map(TimelinePage.Item::event).toList();
    for (int i = 1; i < events.size(); i++) {
      assertThat(events.get(i).at()).isBeforeOrEqualTo(events.get(i - 1).at());
    }
    // The text shown is the one stored for that row: each names its file and position.
    events.forEach(e -> assertThat(e.text()).matches("file\\d message \\d+.*"));
  }
}
