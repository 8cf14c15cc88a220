package app.walkaway.importer.whatsapp;

/**
 * Android group events whose own text holds ": " and so looks like "Name: body" (FORMATS §1.6
 * pitfalls): "Ann changed the subject from "Plans: May" to …". Checked on the would-be author only,
 * and only for phrases no one has as a name, so user text is never touched.
 */
final class SystemTexts {
  private static final String[] EVENT_PHRASES = {
    " changed the subject ",
    " changed the group name ",
    " changed this group's ",
    " changed the group description",
    " created group \"",
    " created group “",
  };

  private SystemTexts() {}

  static boolean isEventAuthor(String author) {
    if (author.length() < 12) {
      return false;
    }
    for (String phrase : EVENT_PHRASES) {
      if (author.contains(phrase)) {
        return true;
      }
    }
    return false;
  }

  private static final String[] OLD_EVENT_ENDINGS = {
    " joined", " left", " was added", " was removed"
  };
  private static final String[] OLD_EVENT_PHRASES = {
    " changed the subject to “", " changed the subject to \"", " changed the group icon"
  };

  /**
   * 2013 Android exports put group events under the exporter's name ("Tanay: Viresh joined",
   * "Tanay: Viresh changed the subject to “Trip”", FORMATS §1.6, wa55). Only used for that layout
   * (time first, month names), and only for short one-line bodies ending in a fixed phrase.
   */
  static boolean isOldAndroidEvent(String body) {
    if (body.indexOf('\n') >= 0 || body.length() > 200) {
      return false;
    }
    for (String phrase : OLD_EVENT_PHRASES) {
      if (body.contains(phrase)) {
        return true;
      }
    }
    int words = body.split(" ", 7).length;
    for (String ending : OLD_EVENT_ENDINGS) {
      if (body.endsWith(ending) && words <= 5 && Character.isUpperCase(body.codePointAt(0))) {
        return true;
      }
    }
    return false;
  }
}
