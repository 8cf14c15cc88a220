package app.walkaway.safety.evidence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The evidence chain. Each entry's seal is {@code SHA-256("previous: " + previous seal + "\n" +
 * canonical encoding)} in lower-case hex, the first entry's previous seal being 64 zeros; the last
 * seal (the head) so stands for every entry before it. Changing, removing, inserting or reordering
 * any entry changes every seal after it, which {@link #verify} finds and locates.
 */
public final class Chain {
  public static final String GENESIS = "0".repeat(64);

  private Chain() {}

  /** The entry that follows {@code head} (the chain's last entry, if any). */
  public static Entry next(Optional<Entry> head, LocalDateTime recordedAt, Incident incident) {
    long seq = head.map(e -> e.seq() + 1).orElse(1L);
    incident.refersTo().ifPresent(reference -> requireEarlier(reference, seq));
    requireSubstance(incident);
    return seal(seq, head.map(Entry::hash).orElse(GENESIS), recordedAt, incident);
  }

  /** Seals an entry at {@code seq} after {@code prevHash}. */
  public static Entry seal(long seq, String prevHash, LocalDateTime recordedAt, Incident incident) {
    return new Entry(
        seq,
        recordedAt,
        incident,
        prevHash,
        hash(prevHash, Canonical.of(seq, recordedAt, incident)));
  }

  public static String hash(String prevHash, String canonical) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(("previous: " + prevHash + "\n").getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /**
   * Walks the entries in order and names the first that does not check out.
   *
   * @param entries as stored, in order of their numbers
   * @param contentDigests the SHA-256 of each stored attachment's bytes as read now ("" when an
   *     attachment has no bytes), by entry and position
   */
  public static Verification verify(
      List<Entry> entries, Map<AttachmentKey, String> contentDigests) {
    String previous = GENESIS;
    for (int i = 0; i < entries.size(); i++) {
      Entry entry = entries.get(i);
      Optional<Verification.Problem> problem = check(entry, i + 1, previous, contentDigests);
      if (problem.isPresent()) {
        long seq = problem.get() == Verification.Problem.MISSING ? i + 1 : entry.seq();
        return new Verification.Broken(seq, problem.get(), i);
      }
      previous = entry.hash();
    }
    return new Verification.Intact(entries.size(), previous);
  }

  private static Optional<Verification.Problem> check(
      Entry entry, long expectedSeq, String previous, Map<AttachmentKey, String> contentDigests) {
    if (entry.seq() != expectedSeq) {
      return Optional.of(Verification.Problem.MISSING);
    }
    if (!entry.isSealed()) {
      return Optional.of(Verification.Problem.NOT_SEALED);
    }
    if (!entry.prevHash().equals(previous)) {
      return Optional.of(Verification.Problem.LINK_BROKEN);
    }
    String canonical = Canonical.of(entry.seq(), entry.recordedAt(), entry.incident());
    if (!hash(previous, canonical).equals(entry.hash())) {
      return Optional.of(Verification.Problem.CHANGED);
    }
    for (AttachmentRef file : entry.incident().attachments()) {
      String actual = contentDigests.get(new AttachmentKey(entry.seq(), file.position()));
      if (!file.sha256().equals(actual)) {
        return Optional.of(Verification.Problem.ATTACHMENT_CHANGED);
      }
    }
    return Optional.empty();
  }

  private static void requireEarlier(Reference reference, long seq) {
    if (reference.relation() == Reference.Relation.UNRECOGNISED) {
      throw new IllegalArgumentException("an unrecognised relation is never sealed");
    }
    if (reference.seq() >= seq) {
      throw new EvidenceException(
          "there is no entry "
              + reference.seq()
              + " to refer to yet (the journal has "
              + (seq - 1)
              + (seq == 2 ? " entry)" : " entries)"));
    }
  }

  private static void requireSubstance(Incident incident) {
    if (incident.kind().isBlank()) {
      throw new EvidenceException("an entry needs a kind, such as threat or unwanted-visit");
    }
    for (int i = 0; i < incident.attachments().size(); i++) {
      AttachmentRef file = incident.attachments().get(i);
      if (file.position() != i || file.size() < 0) {
        throw new IllegalArgumentException("attachment " + i + " is numbered " + file.position());
      }
    }
    if (incident.what().isBlank()
        && incident.quote().isEmpty()
        && incident.attachments().isEmpty()) {
      throw new EvidenceException(
          "an entry needs what happened in your words, a quoted message or a file");
    }
  }
}
