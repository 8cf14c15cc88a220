package app.walkaway.text;

import app.walkaway.safety.evidence.Entry;
import app.walkaway.safety.evidence.IncidentKind;
import app.walkaway.safety.evidence.Reference;
import app.walkaway.safety.evidence.Verification;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** Every sentence about her evidence journal, for every edge and the report. */
public final class EvidenceWords {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM uuuu, HH:mm", Locale.UK);
  private static final DateTimeFormatter WHEN_SECONDS =
      DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm:ss", Locale.UK);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

  private EvidenceWords() {}

  /** "Sat 5 Dec 2026, 23:40". */
  public static String when(LocalDateTime at) {
    return WHEN.format(at);
  }

  /** "7 Dec 2026, 21:14:03": when an entry was recorded. */
  public static String recorded(LocalDateTime at) {
    return WHEN_SECONDS.format(at);
  }

  /** "5 December 2026". */
  public static String day(LocalDateTime at) {
    return DAY.format(at);
  }

  /** A kind as she reads it; a word kept from an earlier Walkaway is shown as it was. */
  public static String kind(String label) {
    Optional<IncidentKind> known = IncidentKind.fromLabel(label);
    if (known.isEmpty()) {
      return label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }
    return switch (known.get()) {
      case THREAT -> "Threat";
      case VIOLENCE -> "Violence";
      case SEXUAL_VIOLENCE -> "Sexual violence";
      case STALKING -> "Stalking";
      case HARASSMENT -> "Harassment";
      case UNWANTED_CONTACT -> "Unwanted contact";
      case UNWANTED_VISIT -> "Unwanted visit";
      case DAMAGE -> "Damage to property";
      case BREACH_OF_ORDER -> "Breach of a court order";
      case OTHER -> "Other";
    };
  }

  /** How it reached her, as she reads it: "WhatsApp", "In person"; "" stays "". */
  public static String channel(String label) {
    return switch (label) {
      case "" -> "";
      case "whatsapp" -> "WhatsApp";
      case "sms" -> "SMS";
      case "in-person" -> "In person";
      case "social-media" -> "Social media";
      default -> {
        String words = label.replace('-', ' ').replace('_', ' ');
        yield Character.toUpperCase(words.charAt(0)) + words.substring(1);
      }
    };
  }

  /** "corrects entry 3" / "adds to entry 3". */
  public static String reference(Reference reference) {
    return switch (reference.relation()) {
      case CORRECTS -> "corrects entry " + reference.seq();
      case ADDS_TO -> "adds to entry " + reference.seq();
      case UNRECOGNISED -> "refers to entry " + reference.seq() + " (unreadable)";
    };
  }

  /** What "evidence add" says once an entry is stored. */
  public static String added(Entry entry) {
    return "Kept as entry "
        + entry.seq()
        + ": "
        + kind(entry.incident().kind()).toLowerCase(Locale.UK)
        + ", "
        + when(entry.incident().occurredAt())
        + (entry.incident().attachments().isEmpty()
            ? ""
            : ", with " + count(entry.incident().attachments().size(), "file", "files"))
        + ". It cannot be changed; to correct it, add a new entry that corrects it.";
  }

  /** Said whenever entries carried over or restored were sealed just now. */
  public static String sealedFirst(int sealed) {
    return count(sealed, "entry", "entries")
        + " carried over from an earlier Walkaway or restored from an export "
        + (sealed == 1 ? "was" : "were")
        + " sealed just now.";
  }

  /** The answer first: does the journal check out. */
  public static String verification(Verification verification) {
    if (verification instanceof Verification.Intact intact) {
      return intact.entries() == 0
          ? "Your evidence journal is empty."
          : (intact.entries() == 1
                  ? "The entry checks out"
                  : "All " + intact.entries() + " entries check out")
              + ": nothing has been changed, removed or reordered since it was recorded.";
    }
    Verification.Broken broken = (Verification.Broken) verification;
    return "Entry "
        + broken.seq()
        + " does not check out: "
        + problem(broken.problem())
        + ". "
        + (broken.intactBefore() == 0
            ? "Nothing before it to check."
            : (broken.intactBefore() == 1
                ? "The entry before it checks out."
                : "The " + broken.intactBefore() + " entries before it check out."));
  }

  public static String problem(Verification.Problem problem) {
    return switch (problem) {
      case MISSING -> "it is missing; it was removed, or entries were renumbered";
      case NOT_SEALED -> "it has no seal";
      case LINK_BROKEN ->
          "it no longer follows the entry before it; something before it was changed or removed";
      case CHANGED -> "it was changed after it was recorded";
      case ATTACHMENT_CHANGED -> "a file kept with it is missing or was changed";
    };
  }

  /** The chain head, for her to write down or give with a report. */
  public static String head(String hash) {
    return "Chain head (the seal of the last entry, which stands for all before it): " + hash;
  }

  /**
   * What keeping every red-flag message did, the answer first: how many were found, kept now, and
   * already in the journal (which are never quoted twice).
   */
  public static String fromSignals(int found, int added, int alreadyKept) {
    if (found == 0) {
      return "None of his messages reads as a red flag, so nothing was added. What happened still"
          + " counts: you can write it down in your own words.";
    }
    String kept =
        added == 0
            ? "Nothing new was added"
            : "Kept "
                + count(added, "new entry", "new entries")
                + ", each quoting his words exactly"
                + " with the file, the line and the file's SHA-256";
    String already =
        alreadyKept == 0
            ? ""
            : "; "
                + count(alreadyKept, "message was", "messages were")
                + " already in your journal and "
                + (alreadyKept == 1 ? "was" : "were")
                + " not quoted twice";
    return count(found, "message of his reads", "messages of his read")
        + " as a red flag. "
        + kept
        + already
        + ".";
  }

  /** One kept message in a list: its entry, when he sent it, where it is, and his words. */
  public static String quoted(Entry entry) {
    return entry
        .incident()
        .quote()
        .map(
            q ->
                "Entry "
                    + entry.seq()
                    + ", "
                    + when(q.at())
                    + ", "
                    + q.source()
                    + (q.line() > 0 ? " line " + q.line() : "")
                    + ": \u201c"
                    + q.text()
                    + "\u201d")
        .orElse("Entry " + entry.seq());
  }

  public static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
