package app.walkaway.service.demo;

import app.walkaway.service.SessionSettings;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A demo to make.
 *
 * @param tempRoot the folder to make the demo's own temporary folder in (the system's temporary
 *     folder; tests give their own)
 * @param story which of his responses the story tells
 * @param seed the same seed and day give the same story
 * @param now the moment the demo is made: the story ends the day before, so it looks current
 * @param settings how the demo's vault session behaves (its idle lock)
 */
public record DemoRequest(
    Path tempRoot, DemoStory story, long seed, LocalDateTime now, SessionSettings settings) {
  /** The story everyone sees unless they ask for another. */
  public static final long SEED = 17;

  public DemoRequest {
    Objects.requireNonNull(tempRoot, "tempRoot");
    Objects.requireNonNull(story, "story");
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(settings, "settings");
  }

  /** The system's temporary folder ({@code java.io.tmpdir}). */
  public static Path systemTemp() {
    return Path.of(System.getProperty("java.io.tmpdir"));
  }
}
