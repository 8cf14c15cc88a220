package app.walkaway.vault;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/** One connection's transactions; nested calls join the outermost one. */
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

  <T> T sql(String doing, Sql<T> work) {
    try {
      if (depth++ == 0) {
        connection.setAutoCommit(false);
      }
      T result = work.apply(connection);
      if (depth == 1) {
        connection.commit();
      }
      return result;
    } catch (SQLException e) {
      rollback();
      throw Keyed.failure(file, doing, e);
    } catch (RuntimeException | Error e) {
      rollback();
      throw e;
    } finally {
      if (--depth == 0) {
        restoreAutoCommit();
      }
    }
  }

  private void rollback() {
    if (depth == 1) {
      try {
        connection.rollback();
      } catch (SQLException ignored) {
        // The original failure is what she needs to hear about.
      }
    }
  }

  private void restoreAutoCommit() {
    try {
      connection.setAutoCommit(true);
    } catch (SQLException e) {
      throw Keyed.failure(file, "finishing a transaction", e);
    }
  }

  Path file() {
    return file;
  }
}
