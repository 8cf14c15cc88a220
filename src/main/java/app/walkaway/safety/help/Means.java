package app.walkaway.safety.help;

/** How a number is reached. */
public enum Means {
  CALL,
  TEXT,
  /** A text telephone (TTY) for people who are deaf or cannot speak. */
  TEXTPHONE,
  WHATSAPP
}
