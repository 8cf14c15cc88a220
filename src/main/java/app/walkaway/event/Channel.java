package app.walkaway.event;

/** Where an event happened. Stored by name, so only ever add values. */
public enum Channel {
  WHATSAPP,
  TELEGRAM,
  MESSENGER,
  INSTAGRAM,
  SMS,
  PHONE,
  IN_PERSON,
  SOCIAL_MEDIA,
  FRIENDS,
  /** Logged by hand without saying where. */
  OTHER
}
