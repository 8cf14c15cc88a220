package app.walkaway.readout;

import app.walkaway.signals.Behaviour;
import app.walkaway.signals.SignalKind;

/** Why a read-out cites an event, as data. */
public sealed interface Because {

  /**
   * His words were read as a signal.
   *
   * @param kind what they signal
   * @param match the words matched
   * @param rule the lexicon rule that matched (shown only to those who ask for detail)
   */
  record Words(SignalKind kind, String match, String rule) implements Because {}

  /** The event is part of a pattern in what he does. */
  record Pattern(Behaviour behaviour) implements Because {}

  /** His last contact. */
  record LastContact() implements Because {}

  /** She reached out first. */
  record ReachedOutFirst() implements Because {}

  /** A warm message before a long silence. */
  record WarmBeforeSilence() implements Because {}
}
