package app.walkaway.vault;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One evidence entry as stored (V4's evidence_entry and its attachments). The vault keeps rows and
 * seals as given; what a seal means, and checking it, is the safety package's.
 *
 * @param seq the entry's number, from 1
 * @param recordedAt when it was recorded
 * @param facts what it records
 * @param refersTo the earlier entry it corrects or adds to
 * @param quote his message, when it quotes one
 * @param attachments files kept with it, by position
 * @param prevHash the seal before it, or "" while it awaits its seal
 * @param hash its seal, or "" while it awaits its seal
 */
public record EvidenceRow(
    long seq,
    LocalDateTime recordedAt,
    Facts facts,
    Optional<Link> refersTo,
    Optional<QuotedMessage> quote,
    List<Attachment> attachments,
    String prevHash,
    String hash) {
  public EvidenceRow {
    Objects.requireNonNull(recordedAt, "recordedAt");
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(refersTo, "refersTo");
    Objects.requireNonNull(quote, "quote");
    attachments = List.copyOf(attachments);
    Objects.requireNonNull(prevHash, "prevHash");
    Objects.requireNonNull(hash, "hash");
  }

  /** The same row numbered {@code newSeq}, awaiting its seal. */
  public EvidenceRow pendingAt(long newSeq, Optional<Link> newRefersTo) {
    return new EvidenceRow(newSeq, recordedAt, facts, newRefersTo, quote, attachments, "", "");
  }

  /** The incident's facts, each text "" when not given. */
  public record Facts(
      LocalDateTime occurredAt,
      String kind,
      String channel,
      String what,
      String hisIdentifier,
      String place,
      String witnesses,
      String injuries,
      String medical,
      String policeReference) {
    public Facts {
      Objects.requireNonNull(occurredAt, "occurredAt");
      for (String text :
          new String[] {
            kind, channel, what, hisIdentifier, place, witnesses, injuries, medical, policeReference
          }) {
        Objects.requireNonNull(text, "facts");
      }
    }
  }

  /** A reference to an earlier entry; {@code relation} is {@code corrects} or {@code adds-to}. */
  public record Link(long seq, String relation) {
    public Link {
      Objects.requireNonNull(relation, "relation");
    }
  }

  /** His message as quoted; {@code fileSha256} is "" when the file's digest was not recorded. */
  public record QuotedMessage(
      String text, String source, long line, String fileSha256, LocalDateTime at) {
    public QuotedMessage {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(fileSha256, "fileSha256");
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * A kept file's description; its bytes are read separately.
   *
   * @param sha256 of its bytes, or "" for a name alone (no bytes stored)
   */
  public record Attachment(int position, String name, String sha256, long size) {
    public Attachment {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(sha256, "sha256");
    }
  }
}
