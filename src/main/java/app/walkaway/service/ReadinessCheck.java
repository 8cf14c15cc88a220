package app.walkaway.service;

import app.walkaway.method.Item;
import app.walkaway.method.Playbook;
import app.walkaway.method.Readiness;
import app.walkaway.method.ReadinessAnswers;
import app.walkaway.method.ReadinessResult;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The readiness check before she starts: its questions (from the playbook), the verdict on her
 * answers, and, when she has a vault open, the verdict kept so a later plan respects a safety-first
 * one.
 */
public final class ReadinessCheck {
  private ReadinessCheck() {}

  /** The questions in the order they are asked, each with its text and help. */
  public static List<Item> questions() {
    Playbook playbook = Playbook.load();
    return Readiness.QUESTIONS.stream().map(playbook::item).toList();
  }

  /** The verdict on her answers: ready, not yet, or safety first. */
  public static ReadinessResult assess(ReadinessAnswers answers) {
    return Readiness.assess(Objects.requireNonNull(answers, "answers"), Playbook.load());
  }

  /** The verdict, kept in her vault when a session is given (the check works without one too). */
  public static ReadinessResult assessAndKeep(
      ReadinessAnswers answers, Optional<VaultSession> session) {
    ReadinessResult result = assess(answers);
    session.ifPresent(s -> Plans.saveReadiness(s, result, answers.situation()));
    return result;
  }

  /** The verdict on her answers, kept in her vault (the web's readiness form). */
  public static ReadinessResult run(VaultSession session, ReadinessAnswers answers) {
    return assessAndKeep(answers, Optional.of(Objects.requireNonNull(session, "session")));
  }
}
