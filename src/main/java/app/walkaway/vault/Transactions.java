package app.walkaway.vault;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * One connection's transactions; nested calls join the outermost one.
 *
 * <p>Threads: every call holds this object's lock from start to end, so a vault may be shared
 * between threads (the service layer does, under its own lock as well): a call made on another
 * thread while a transaction is open waits for it to end, and never joins it. Work and callbacks
 * run under the lock, so they must not wait for another thread that uses the same vault.
 *
 * <p>Failures: SQLite rolls a transaction back by itself after some errors (a full disk among
 * them); the real error is the one reported, never a later complaint that there is no transaction
 * left to commit or roll back.
 */
public final class Transactions {
  /** Work that stores through the vault's stores. */
  @FunctionalInterface
  public interface Work<T> {
    T run();
  }

  /** Work written directly in SQL. */
  @FunctionalInterface
  public interface Sql<T> {
    T apply(Connection connection) throws SQLException;
  }

  private final Path file;
  private final Connection connection;
  private int depth;

  Transactions(Path file, Connection connection) {
    this.file = file;
    this.connection = connection;
  }

  <T> T run(String doing, Work<T> work) {
    return sql(doing, c -> work.run());
  }

  synchronized <T> T sql(String doing, Sql<T> work) {
    if (depth > 0) {
      depth++;
      try {
        return work.apply(connection);
      } catch (SQLException e) {
        throw Keyed.failure(file, doing, e);
      } finally {
        depth--;
      }
    }
    return outermost(doing, work);
  }

  /**
   * Runs {@code work} under the lock but outside any transaction, for what SQLite refuses inside
   * one ({@code VACUUM INTO}); refused while this thread has a transaction open.
   */
  synchronized void outside(String doing, Runnable work) {
    if (depth > 0) {
      throw new IllegalStateException("cannot do " + doing + " inside a transaction");
    }
    work.run();
  }

  private <T> T outermost(String doing, Sql<T> work) {
    begin(doing);
    depth = 1;
    T result;
    try {
      result = work.apply(connection);
      connection.commit();
    } catch (SQLException e) {
      VaultException failure = Keyed.failure(file, doing, e);
      rollback(failure);
      throw failure;
    } catch (RuntimeException | Error e) {
      rollback(e);
      throw e;
    } finally {
      depth = 0;
    }
    finish(null);
    return result;
  }

  private void begin(String doing) {
    try {
      connection.setAutoCommit(false);
    } catch (SQLException e) {
      throw Keyed.failure(file, doing, e);
    }
  }

  private void rollback(Throwable failure) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      // SQLite may have rolled back already (a full disk does); the first failure is the one.
      failure.addSuppressed(e);
    }
    finish(failure);
  }

  /**
   * Back to autocommit. After a failure its own error only joins the first one: sqlite-jdbc commits
   * when autocommit is turned back on, and there may be no transaction left to commit.
   */
  private void finish(Throwable failure) {
    try {
      connection.setAutoCommit(true);
    } catch (SQLException e) {
      if (failure == null) {
        throw Keyed.failure(file, "finishing a transaction", e);
      }
      failure.addSuppressed(e);
    }
  }

  Path file() {
    return file;
  }
}
