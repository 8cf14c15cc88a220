package app.walkaway.safety.evidence;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one text an entry's seal is computed over: every field, in a fixed order, one per line as
 * {@code name: value}. Values are written exactly as stored (UTF-8, not normalised) with three
 * escapes so each stays on its line: a backslash as {@code \\}, a line feed as {@code \n}, a
 * carriage return as {@code \r}. Absent optional parts are written as {@code -}. Times are {@code
 * yyyy-MM-ddTHH:mm:ss}. Anyone can rebuild this text from the vault's export and check a seal with
 * any SHA-256 tool; the report's appendix describes it.
 */
public final class Canonical {
  /** The first line of every entry's text: names the format and its version. */
  public static final String HEADER = "walkaway evidence entry, version 1";

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT);

  private Canonical() {}

  public static String of(long seq, LocalDateTime recordedAt, Incident incident) {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    line(text, "seq", Long.toString(seq));
    line(text, "recorded-at", time(recordedAt));
    line(text, "occurred-at", time(incident.occurredAt()));
    line(text, "kind", incident.kind());
    line(text, "channel", incident.channel());
    line(text, "what", incident.what());
    details(text, incident.details());
    line(text, "refers-to", incident.refersTo().map(Canonical::reference).orElse("-"));
    quote(text, incident);
    for (AttachmentRef file : incident.attachments()) {
      line(
          text,
          "attachment",
          file.position() + " " + orDash(file.sha256()) + " " + file.size() + " " + file.name());
    }
    return text.toString();
  }

  public static String time(LocalDateTime at) {
    return TIME.format(at);
  }

  private static void details(StringBuilder text, Details details) {
    line(text, "his-identifier", details.hisIdentifier());
    line(text, "place", details.place());
    line(text, "witnesses", details.witnesses());
    line(text, "injuries", details.injuries());
    line(text, "medical", details.medical());
    line(text, "police-reference", details.policeReference());
  }

  private static void quote(StringBuilder text, Incident incident) {
    if (incident.quote().isEmpty()) {
      line(text, "quote", "-");
      return;
    }
    Quote quote = incident.quote().get();
    line(text, "quote", quote.text());
    line(text, "quote-source", quote.source());
    line(text, "quote-line", Long.toString(quote.line()));
    line(text, "quote-file-sha256", orDash(quote.fileSha256()));
    line(text, "quote-at", time(quote.at()));
  }

  private static String reference(Reference reference) {
    return reference.relation().name().toLowerCase(Locale.ROOT).replace('_', '-')
        + " "
        + reference.seq();
  }

  private static String orDash(String value) {
    return value.isEmpty() ? "-" : value;
  }

  private static void line(StringBuilder text, String name, String value) {
    text.append(name).append(": ");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> text.append("\\\\");
        case '\n' -> text.append("\\n");
        case '\r' -> text.append("\\r");
        default -> text.append(c);
      }
    }
    text.append('\n');
  }
}
