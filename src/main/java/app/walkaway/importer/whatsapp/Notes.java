package app.walkaway.importer.whatsapp;

import java.util.List;

/** The report sentences the second pass contributes. */
final class Notes {
  private Notes() {}

  static void add(
      List<String> notes,
      long edited,
      long before,
      long otherShape,
      long otherShapeLine,
      long badDates,
      long badDateLine) {
    if (edited > 0) {
      notes.add(
          count(edited, "message carries", "messages carry")
              + " WhatsApp's \"<This message was edited>\" mark; the mark was taken out of the"
              + " text.");
    }
    if (before > 0) {
      notes.add(
          count(before, "line comes", "lines come")
              + " before the first message and "
              + (before == 1 ? "was" : "were")
              + " skipped.");
    }
    if (otherShape > 0) {
      notes.add(
          count(otherShape, "line looks", "lines look")
              + " like a message header written another way (first at line "
              + otherShapeLine
              + "); read as text inside the message above, as pasted or forwarded text usually"
              + " is.");
    }
    if (badDates > 0) {
      notes.add(
          count(badDates, "header has a date", "headers have dates")
              + " that cannot exist (first at line "
              + badDateLine
              + "); kept as text inside the message above.");
    }
  }

  private static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
