package app.walkaway.text;

import java.util.Locale;

/** An import in words: how far it has got, and what it did with each file. */
public final class ImportWords {
  private ImportWords() {}

  /** While a file is read: "Reading “chat.txt” (1 of 2)". */
  public static String reading(String file, int index, int count) {
    return "Reading “" + file + "”" + (count > 1 ? " (" + (index + 1) + " of " + count + ")" : "");
  }

  /** While events are stored: "Storing 120,000 of 1,000,000 messages and events". */
  public static String storing(long done, long total) {
    return "Storing " + number(done) + " of " + number(total) + " messages and events";
  }

  /** One file's line: "“chat.txt”, read as WhatsApp (Android): 612 added, 3 already here." */
  public static String file(String file, String format, long added, long already, long skipped) {
    StringBuilder line =
        new StringBuilder("“").append(file).append("”, read as ").append(format).append(": ");
    line.append(added == 0 ? "nothing new" : number(added) + " added");
    if (already > 0) {
      line.append(", ").append(number(already)).append(" already here");
    }
    if (skipped > 0) {
      line.append(", ")
          .append(number(skipped))
          .append(skipped == 1 ? " line" : " lines")
          .append(" the app wrote itself left out");
    }
    return line.append('.').toString();
  }

  /** The whole import in one sentence, the answer first. */
  public static String total(long added, long already) {
    if (added == 0 && already > 0) {
      return "Everything in these files was already in your vault. Nothing was added twice.";
    }
    if (added == 0) {
      return "These files held nothing to add.";
    }
    return number(added)
        + (added == 1 ? " message or event is" : " messages and events are")
        + " now in your vault"
        + (already > 0
            ? "; " + number(already) + " were already there and were not added twice."
            : ".");
  }

  /** A count with thousands marked: 1,000,000. */
  public static String number(long n) {
    return String.format(Locale.UK, "%,d", n);
  }
}
