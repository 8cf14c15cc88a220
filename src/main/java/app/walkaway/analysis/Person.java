package app.walkaway.analysis;

/** The two sides the figures compare; everyone else is left out of them. */
public enum Person {
  ME,
  THEM;

  Person other() {
    return this == ME ? THEM : ME;
  }
}
