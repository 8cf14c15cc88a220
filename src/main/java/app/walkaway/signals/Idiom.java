package app.walkaway.signals;

import java.util.Set;

/**
 * An everyday phrase that blocks rules it overlaps: all rules, or only those of some kinds ("need
 * you back" is a wish to get back together, not the missing-you rule "I need you").
 */
record Idiom(Phrase phrase, Set<SignalKind> only) {
  Idiom {
    only = Set.copyOf(only);
  }

  boolean blocks(SignalKind kind) {
    return only.isEmpty() || only.contains(kind);
  }
}
