package app.walkaway.safety;

import app.walkaway.signals.BehaviourKind;
import app.walkaway.signals.SignalKind;
import java.util.Locale;
import java.util.Optional;

/** What kind of warning sign a red flag is: in his words, or in what he does. */
public enum RedFlagKind {
  /** His words read as a threat. */
  THREAT,
  /** His words read as an insult. */
  INSULT,
  /** His words read as pressure or a demand. */
  PRESSURE,
  /** His words show he watches or follows her. */
  STALKING,
  /** He threatens to harm himself to hold her. */
  SELF_HARM,
  /** Several calls from him in a short time. */
  CALL_FLOOD,
  /** Many unanswered messages from him in a short time. */
  MESSAGE_FLOOD,
  /** Contact from him after she asked him to stop. */
  BOUNDARY_IGNORED,
  /** He turned up in person since she stepped back. */
  SHOWED_UP;

  /** Lower case with dashes: "boundary-ignored"; what the risk screen's pre-fill takes. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Whether it is read in his words (else in what he does). */
  public boolean inWords() {
    return ordinal() <= SELF_HARM.ordinal();
  }

  /** The red flag a signal in his words is, if it is one. */
  public static Optional<RedFlagKind> of(SignalKind kind) {
    return switch (kind) {
      case THREAT -> Optional.of(THREAT);
      case INSULT -> Optional.of(INSULT);
      case PRESSURE -> Optional.of(PRESSURE);
      case STALKING -> Optional.of(STALKING);
      case SELF_HARM -> Optional.of(SELF_HARM);
      default -> Optional.empty();
    };
  }

  /** The red flag a pattern in what he does is, if it is one. */
  public static Optional<RedFlagKind> of(BehaviourKind kind) {
    return switch (kind) {
      case CALL_BURST -> Optional.of(CALL_FLOOD);
      case MESSAGE_FLOOD -> Optional.of(MESSAGE_FLOOD);
      case AFTER_BOUNDARY -> Optional.of(BOUNDARY_IGNORED);
      case SHOWED_UP -> Optional.of(SHOWED_UP);
      default -> Optional.empty();
    };
  }
}
