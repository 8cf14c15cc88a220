package app.walkaway.service;

import java.nio.file.Path;

/** Told how an import is getting on, for a progress bar. Called on the importing thread. */
public interface ImportListener {
  /** Hears nothing. */
  ImportListener NONE = new ImportListener() {};

  /** File {@code index} (from 0) of {@code count} is being read. */
  default void reading(Path file, int index, int count) {}

  /** {@code done} of {@code total} events have been handled while storing. */
  default void storing(long done, long total) {}
}
