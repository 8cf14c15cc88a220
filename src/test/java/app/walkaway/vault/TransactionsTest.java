package app.walkaway.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Transactions that fail: the real reason reaches her, and nothing is half stored. */
class TransactionsTest {
  @TempDir Path home;

  @Test
  void aFullDiskIsSaidPlainlyAndNothingOfTheImportIsKept() {
    try (Vault vault = Vault.create(home.resolve("vault.db"), Samples.passphrase())) {
      vault.events().add(Samples.many(100, "before.txt"));
      limitGrowth(vault, 3); // SQLite's own SQLITE_FULL, as from a full disk

      assertThatThrownBy(() -> vault.events().add(Samples.many(20_000, "big.txt", "more")))
          .isInstanceOf(VaultException.class)
          .hasMessageContaining("full")
          .hasMessageNotContaining("no transaction is active");

      assertThat(vault.events().count()).isEqualTo(100);
      limitGrowth(vault, 100_000);
      vault.events().add(Samples.many(20_000, "big.txt", "more"));
      assertThat(vault.events().count()).isEqualTo(20_100);
    }
  }

  @Test
  void aWriteFromAnotherThreadWaitsForAnOpenTransactionAndNeverJoinsIt() throws Exception {
    try (Vault vault = Vault.create(home.resolve("vault.db"), Samples.passphrase())) {
      CountDownLatch opened = new CountDownLatch(1);
      CountDownLatch otherDone = new CountDownLatch(1);
      Thread other =
          new Thread(
              () -> {
                awaitQuietly(opened);
                vault.events().add(Samples.chat()); // must not become part of the open one
                otherDone.countDown();
              });
      other.start();

      assertThatThrownBy(
              () ->
                  vault.inTransaction(
                      () -> {
                        vault.events().add(Samples.many(10, "abandoned.txt"));
                        opened.countDown();
                        // Joined, the other thread's add would finish now, inside this
                        // transaction, and be rolled back with it below.
                        boolean finished = awaitQuietly(otherDone, 500);
                        throw new IllegalStateException("abandoned; other finished: " + finished);
                      }))
          .hasMessage("abandoned; other finished: false");
      other.join(10_000);

      assertThat(vault.events().all()).hasSameElementsAs(Samples.chat());
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    awaitQuietly(latch, 10_000);
  }

  private static boolean awaitQuietly(CountDownLatch latch, long millis) {
    try {
      return latch.await(millis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static void limitGrowth(Vault vault, int pages) {
    vault.jdbc(
        c -> {
          try (Statement s = c.createStatement();
              ResultSet count = s.executeQuery("PRAGMA page_count")) {
            count.next();
            s.execute("PRAGMA max_page_count = " + (count.getLong(1) + pages));
          }
          return null;
        });
  }
}
