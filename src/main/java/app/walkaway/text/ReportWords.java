package app.walkaway.text;

import app.walkaway.safety.evidence.Canonical;
import app.walkaway.safety.evidence.EvidenceReport;
import app.walkaway.safety.evidence.Verification;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The evidence report's words: calm, plain, for a police officer or a lawyer reading it in two
 * minutes. Names and labels only; the layout is the report package's.
 */
public final class ReportWords {
  private static final DateTimeFormatter GENERATED =
      DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm:ss", Locale.UK);

  private ReportWords() {}

  public static final String TITLE = "Evidence report";
  public static final String ENTRIES_TITLE = "Entries, in the order they happened";
  public static final String SOURCES_TITLE = "Source files";
  public static final String APPENDIX_TITLE = "Appendix: checking the seals";

  public static String keptBy(EvidenceReport report) {
    return report.keptBy().isEmpty() ? "Not given" : report.keptBy();
  }

  public static String concerning(EvidenceReport report) {
    return report.concerning().isEmpty() ? "Not given" : report.concerning();
  }

  public static String period(EvidenceReport report) {
    if (report.from().isEmpty()) {
      return "No entries";
    }
    String from = EvidenceWords.day(report.from().get());
    String to = EvidenceWords.day(report.to().get());
    return from.equals(to) ? from : from + " to " + to;
  }

  /** "3 (1 correction, 1 with files, 1 quoting a message)". */
  public static String entries(EvidenceReport report) {
    long corrections =
        report.chain().stream()
            .filter(e -> e.incident().refersTo().isPresent())
            .filter(e -> e.incident().refersTo().get().relation().name().equals("CORRECTS"))
            .count();
    long withFiles =
        report.chain().stream().filter(e -> !e.incident().attachments().isEmpty()).count();
    long quoting = report.chain().stream().filter(e -> e.incident().quote().isPresent()).count();
    StringBuilder text = new StringBuilder(Long.toString(report.chain().size()));
    List<String> parts = new java.util.ArrayList<>();
    if (corrections > 0) {
      parts.add(EvidenceWords.count(corrections, "correction", "corrections"));
    }
    if (withFiles > 0) {
      parts.add(withFiles + " with files");
    }
    if (quoting > 0) {
      parts.add(quoting == 1 ? "1 quoting a message" : quoting + " quoting messages");
    }
    if (!parts.isEmpty()) {
      text.append(" (").append(String.join(", ", parts)).append(')');
    }
    return text.toString();
  }

  public static String byKind(EvidenceReport report) {
    return report.counts().isEmpty()
        ? "None"
        : report.counts().stream()
            .map(c -> EvidenceWords.kind(c.kind()) + " " + c.count())
            .collect(Collectors.joining(" · "));
  }

  public static String check(EvidenceReport report) {
    return EvidenceWords.verification(report.verification());
  }

  public static boolean checksOut(EvidenceReport report) {
    return report.verification() instanceof Verification.Intact;
  }

  public static String head(EvidenceReport report) {
    return report.verification() instanceof Verification.Intact intact
        ? intact.head()
        : "none: the journal does not check out";
  }

  public static String generated(EvidenceReport report) {
    return GENERATED.format(report.generatedAt()) + ", by Walkaway " + report.version();
  }

  /** "7 Dec 2026 21:14" for the footer. */
  public static String footer(EvidenceReport report, int page, int pages) {
    String head = head(report);
    String shortHead =
        head.length() == 64
            ? head.substring(0, 8) + "…" + head.substring(56)
            : "does not check out";
    return "Walkaway evidence report · generated "
        + EvidenceWords.recorded(report.generatedAt())
        + " · chain head "
        + shortHead
        + " · page "
        + page
        + " of "
        + pages;
  }

  /** How to read it, before the entries. */
  public static List<String> aboutThisReport(EvidenceReport report) {
    String who = report.keptBy().isEmpty() ? "the person who kept this journal" : report.keptBy();
    return List.of(
        "Each entry was written by "
            + who
            + " in her own words and sealed when it was recorded. When it happened is her local"
            + " time as she gave it; a quoted message shows the time from the chat export.",
        "Entries are never changed. A correction is a later entry that points to the one it"
            + " corrects; both are shown.",
        "Quoted messages are copied exactly from the chat export named, with the line they are on"
            + " and the SHA-256 of that file as it was imported, so they can be compared with the"
            + " original.",
        "Each entry is sealed with a SHA-256 hash over its content and the seal before it. The"
            + " last seal, the chain head above, stands for every entry; the appendix shows how to"
            + " check it.");
  }

  public static String entryNumber(long seq) {
    return "Entry " + seq;
  }

  public static String recordedLine(LocalDateTime recorded) {
    return "Recorded " + EvidenceWords.recorded(recorded);
  }

  public static String correctedBy(List<Long> seqs) {
    return (seqs.size() == 1 ? "corrected by entry " : "corrected by entries ") + numbers(seqs);
  }

  public static String addedToBy(List<Long> seqs) {
    return (seqs.size() == 1 ? "added to by entry " : "added to by entries ") + numbers(seqs);
  }

  public static String messageLine(LocalDateTime at, String source, long line) {
    return "Message received "
        + EvidenceWords.when(at)
        + " · "
        + source
        + (line > 0 ? ", line " + line : "");
  }

  public static String fileLine(String name, long size) {
    return name + " (" + size + (size == 1 ? " byte)" : " bytes)");
  }

  public static String nameOnly(String name) {
    return name + " (name only: the file itself was not kept in the vault)";
  }

  public static String sourceNotRecorded() {
    return "SHA-256 not recorded: imported before Walkaway recorded file digests";
  }

  public static String quotedIn(List<Long> seqs) {
    return seqs.isEmpty()
        ? "No entry quotes it."
        : (seqs.size() == 1 ? "Quoted in entry " : "Quoted in entries ") + numbers(seqs) + ".";
  }

  public static String noSources() {
    return "No chat export has been imported.";
  }

  public static String noEntries() {
    return "The journal has no entries yet.";
  }

  public static String replaced() {
    return "Some characters could not be drawn with the report's font and are shown as \"?\"."
        + " The journal itself keeps them exactly.";
  }

  /** The appendix's explanation: enough to check every seal by hand. */
  public static List<String> appendix() {
    return List.of(
        "Each entry's seal is the SHA-256 (in lower-case hexadecimal) of the UTF-8 text"
            + " \"previous: \", then the seal of the entry before it (64 zeros for the first"
            + " entry), a line break, and then the entry's own text.",
        "The entry's text is the line \""
            + Canonical.HEADER
            + "\" followed by one line"
            + " per field, each \"name: value\" and ending with a line break, in this order: seq,"
            + " recorded-at, occurred-at, kind, channel, what, his-identifier, place, witnesses,"
            + " injuries, medical, police-reference, refers-to, quote (then, when there is a"
            + " quote: quote-source, quote-line, quote-file-sha256, quote-at), then one"
            + " \"attachment\" line per kept file: its position, SHA-256, size in bytes and name.",
        "Values are exactly as stored, with a backslash written as \\\\, a line feed as \\n and a"
            + " carriage return as \\r; an absent value is written as \"-\"; times are"
            + " yyyy-MM-ddTHH:mm:ss; refers-to is \"corrects N\" or \"adds-to N\".",
        "The vault's export (a JSON file Walkaway writes on request) holds every field and kept"
            + " file, so anyone can rebuild these texts and recompute the seals with any SHA-256"
            + " tool. Walkaway's own check of the journal does the same on the vault and shows the"
            + " chain head.",
        "Someone who holds the vault's passphrase could in principle rewrite the whole chain"
            + " consistently; the chain head printed on a report given to someone else fixes what"
            + " that report covered.");
  }

  private static String numbers(List<Long> seqs) {
    return seqs.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }
}
