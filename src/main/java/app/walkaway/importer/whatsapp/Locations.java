package app.walkaway.importer.whatsapp;

import java.util.Locale;

/**
 * Shared locations (FORMATS §1.8): "location: https://maps.google.com/?q=…" and its translations,
 * iPhone "Location: …", and venues (Android: name, address and a foursquare link on three lines;
 * iPhone: "Name (City): https://foursquare.com/v/…" on one line).
 */
final class Locations {
  private static final String MAPS = "https://maps.google.com/?q=";
  private static final String VENUE = "https://foursquare.com/v/";

  private Locations() {}

  static boolean isLocation(String first, String body, int lines, Markers markers) {
    int colon = first.indexOf(':');
    if (colon > 0 && lines == 1) {
      String label = first.substring(0, colon + 1).strip().toLowerCase(Locale.ROOT);
      String after = first.substring(colon + 1).strip();
      if (after.startsWith("http") && markers.locationPrefixes.contains(label)) {
        return true;
      }
    }
    if (lines > 3) {
      return false;
    }
    String last = body.substring(body.lastIndexOf('\n') + 1).strip();
    return isPlaceLink(last) || (lines == 1 && isVenueLine(first));
  }

  private static boolean isPlaceLink(String s) {
    return (s.startsWith(MAPS) || s.startsWith(VENUE)) && s.indexOf(' ') < 0;
  }

  private static boolean isVenueLine(String s) {
    int at = s.lastIndexOf(": ");
    return at > 0 && s.charAt(at - 1) == ')' && isPlaceLink(s.substring(at + 2));
  }
}
