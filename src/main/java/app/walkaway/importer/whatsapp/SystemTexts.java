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

  static boolean isEventAuthor(String rest, int colon) {
    if (colon < 12) {
      return false;
    }
    String author = rest.substring(0, colon);
    for (String phrase : EVENT_PHRASES) {
      if (author.contains(phrase)) {
        return true;
      }
    }
    return false;
  }
}
