package app.walkaway.importer.whatsapp;

import app.walkaway.importer.Sizes;
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

  /** Lines and messages cut because they were longer than any real one can be. */
  static void addCuts(List<String> notes, Cuts lines, Cuts messages) {
    String kept = Sizes.bytes(LineReader.MAX_LINE_BYTES);
    if (lines.count() == 1) {
      notes.add(
          "Line "
              + lines.firstLine()
              + " is "
              + Sizes.bytes(lines.firstSize())
              + " long, far longer than a real message can be; only its first "
              + kept
              + " was read.");
    } else if (lines.count() > 1) {
      notes.add(
          Sizes.count(lines.count())
              + " lines are longer than "
              + kept
              + ", far longer than a real message can be (the first is line "
              + lines.firstLine()
              + ", "
              + Sizes.bytes(lines.firstSize())
              + "); only the first "
              + kept
              + " of each was read.");
    }
    String most = Sizes.count(MessageText.MAX_CHARS);
    if (messages.count() == 1) {
      notes.add(
          "The message at line "
              + messages.firstLine()
              + " holds "
              + Sizes.count(messages.firstSize())
              + " characters, far more than a real message can; only its first "
              + most
              + " were kept.");
    } else if (messages.count() > 1) {
      notes.add(
          Sizes.count(messages.count())
              + " messages hold more than "
              + most
              + " characters, far more than a real message can (the first at line "
              + messages.firstLine()
              + "); only the first "
              + most
              + " of each were kept.");
    }
  }

  private static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
