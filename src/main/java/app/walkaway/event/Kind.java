package app.walkaway.event;

import java.util.Locale;
import java.util.Optional;

/**
 * What happened. Stored by name, so only ever add values. Imported chat lines and hand-logged
 * events share this one list so that every analysis reads them the same way.
 */
public enum Kind {
  /** A written message. */
  MESSAGE,
  /** A photo, video, voice note, sticker, file or contact card (often only a placeholder). */
  MEDIA,
  /** A message its sender deleted or unsent. */
  DELETED,
  /** A call that connected (duration may be known). */
  CALL,
  /** A call nobody picked up, or one that was declined. */
  MISSED_CALL,
  /** A reaction (emoji, like) to an earlier message. */
  REACTION,
  /** A poll posted in the chat. */
  POLL,
  /** A shared location. */
  LOCATION,
  /** A shared link or post. */
  SHARE,
  /** He viewed one of her stories. */
  STORY_VIEW,
  /** He turned up in person. */
  VISIT,
  /** He reached her, or asked about her, through friends. */
  VIA_FRIENDS,
  /** A gift or something sent to her. */
  GIFT,
  /** She initiated contact during her plan. */
  SLIP,
  /** A message she wanted to send him and wrote here instead. */
  URGE,
  /** A free note in her journal. */
  NOTE,
  /** She asked him to stop contacting her. */
  BOUNDARY;

  /** True for kinds that are contact between the two of them and so count in conversations. */
  public boolean isContact() {
    return switch (this) {
      case MESSAGE, MEDIA, DELETED, CALL, MISSED_CALL, POLL, LOCATION, SHARE -> true;
      default -> false;
    };
  }

  /** The name used on the command line and in JSON: lower case with dashes, e.g. missed-call. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Reads a label written by {@link #label()} (case and dash/underscore insensitive). */
  public static Optional<Kind> fromLabel(String label) {
    String wanted = label.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    for (Kind kind : values()) {
      if (kind.name().equals(wanted)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
