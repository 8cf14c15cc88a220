package app.walkaway.safety;

import app.walkaway.event.Event;
import app.walkaway.signals.Behaviour;
import app.walkaway.signals.EventSignal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One warning sign, with the events it rests on: a message whose words were read as a red flag, or
 * a pattern in what he does.
 */
public sealed interface RedFlag permits RedFlag.InWords, RedFlag.InBehaviour {
  RedFlagKind kind();

  /** When it happened: the message, or the first event of the pattern. */
  LocalDateTime at();

  /** The events it rests on, in time order (never empty). */
  List<Event> events();

  /**
   * His words, read as a red flag.
   *
   * @param kind which red flag
   * @param signal the message and what in it was read
   */
  record InWords(RedFlagKind kind, EventSignal signal) implements RedFlag {
    @Override
    public LocalDateTime at() {
      return signal.event().at();
    }

    @Override
    public List<Event> events() {
      return List.of(signal.event());
    }
  }

  /**
   * A pattern in what he does.
   *
   * @param kind which red flag
   * @param behaviour the pattern and the events it cites
   */
  record InBehaviour(RedFlagKind kind, Behaviour behaviour) implements RedFlag {
    @Override
    public LocalDateTime at() {
      return behaviour.first().at();
    }

    @Override
    public List<Event> events() {
      return behaviour.events();
    }
  }
}
