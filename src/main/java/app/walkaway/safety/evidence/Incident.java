package app.walkaway.safety.evidence;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one entry records. Values are taken as given, so that whatever is stored can be read and
 * checked against its seal; {@link Chain#next} checks a new entry before sealing it.
 *
 * @param occurredAt when it happened, her wall-clock time
 * @param kind a label such as {@code threat} (see {@link IncidentKind}); entries carried over from
 *     an earlier Walkaway keep the word she used then
 * @param channel how it reached her, e.g. {@code whatsapp} or {@code in-person}, or ""
 * @param what what happened, in her words; may be "" only when the entry quotes a message or keeps
 *     files
 * @param details the facts around it
 * @param refersTo the earlier entry this one corrects or adds to
 * @param quote his message, when the entry is about one
 * @param attachments files kept with it, in order
 */
public record Incident(
    LocalDateTime occurredAt,
    String kind,
    String channel,
    String what,
    Details details,
    Optional<Reference> refersTo,
    Optional<Quote> quote,
    List<AttachmentRef> attachments) {
  public Incident {
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(details, "details");
    Objects.requireNonNull(refersTo, "refersTo");
    Objects.requireNonNull(quote, "quote");
    attachments = List.copyOf(attachments);
  }

  /** Her words alone, with nothing else, as most entries begin. */
  public static Incident inHerWords(LocalDateTime occurredAt, String kind, String what) {
    return new Incident(
        occurredAt, kind, "", what, Details.NONE, Optional.empty(), Optional.empty(), List.of());
  }

  public Incident withDetails(Details newDetails) {
    return new Incident(occurredAt, kind, channel, what, newDetails, refersTo, quote, attachments);
  }

  public Incident withChannel(String newChannel) {
    return new Incident(occurredAt, kind, newChannel, what, details, refersTo, quote, attachments);
  }

  public Incident referringTo(Reference reference) {
    return new Incident(
        occurredAt, kind, channel, what, details, Optional.of(reference), quote, attachments);
  }

  public Incident quoting(Quote message) {
    return new Incident(
        occurredAt, kind, channel, what, details, refersTo, Optional.of(message), attachments);
  }

  public Incident withAttachments(List<AttachmentRef> files) {
    return new Incident(occurredAt, kind, channel, what, details, refersTo, quote, files);
  }
}
