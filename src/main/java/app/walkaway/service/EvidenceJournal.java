package app.walkaway.service;

import app.walkaway.event.Event;
import app.walkaway.safety.RedFlagKind;
import app.walkaway.safety.evidence.AttachmentKey;
import app.walkaway.safety.evidence.AttachmentRef;
import app.walkaway.safety.evidence.Chain;
import app.walkaway.safety.evidence.Entry;
import app.walkaway.safety.evidence.Incident;
import app.walkaway.safety.evidence.IncidentKind;
import app.walkaway.safety.evidence.Quote;
import app.walkaway.safety.evidence.Reference;
import app.walkaway.safety.evidence.Verification;
import app.walkaway.vault.Digests;
import app.walkaway.vault.EvidenceRow;
import app.walkaway.vault.EvidenceStore;
import app.walkaway.vault.Vault;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Her evidence journal: add, attach, quote a message, list and verify. Entries carried over from an
 * earlier Walkaway or restored from an export are sealed first, in order, and every result says how
 * many were (never silently).
 */
public final class EvidenceJournal {
  private final VaultSession session;

  public EvidenceJournal(VaultSession session) {
    this.session = Objects.requireNonNull(session, "session");
  }

  /** An entry just added, and how many waiting entries were sealed before it. */
  public record Added(Entry entry, int sealedFirst) {}

  /** The chain as checked, and how many waiting entries were sealed before checking. */
  public record Checked(Verification verification, int sealedFirst, long entries) {}

  /** Records an incident in her words, with files to keep. */
  public Added add(Incident incident, List<KeptFile> files, LocalDateTime now) {
    return session.write(vault -> vault.inTransaction(() -> add(vault, incident, files, now)));
  }

  private static Added add(
      Vault vault, Incident incident, List<KeptFile> files, LocalDateTime now) {
    int sealed = sealPending(vault);
    List<AttachmentRef> refs = new ArrayList<>();
    List<byte[]> contents = new ArrayList<>();
    for (KeptFile file : files) {
      refs.add(
          new AttachmentRef(
              refs.size(), file.name(), Digests.sha256(file.bytes()), file.bytes().length));
      contents.add(file.bytes());
    }
    Optional<Entry> head = vault.evidence().last().map(EvidenceMapping::toEntry);
    Entry entry = Chain.next(head, now.withNano(0), incident.withAttachments(refs));
    vault.evidence().append(EvidenceMapping.toRow(entry), contents);
    return new Added(entry, sealed);
  }

  /** Adds files to an earlier entry: a new entry that points to it; the earlier one is kept. */
  public Added attach(long toSeq, List<KeptFile> files, LocalDateTime now) {
    Entry earlier = require(toSeq);
    Incident addition =
        Incident.inHerWords(earlier.incident().occurredAt(), earlier.incident().kind(), "")
            .referringTo(new Reference(toSeq, Reference.Relation.ADDS_TO));
    return add(addition, files, now);
  }

  /**
   * Keeps one of his messages as evidence, quoted exactly with its source file, line and that
   * file's SHA-256 (when it was recorded at import).
   */
  public Added addMessage(Event message, String kind, String herWords, LocalDateTime now) {
    return session.write(
        vault ->
            vault.inTransaction(
                () -> add(vault, quoting(vault, message, kind, herWords), List.of(), now)));
  }

  /** An incident that quotes {@code message} exactly, with its file, line and file digest. */
  static Incident quoting(Vault vault, Event message, String kind, String herWords) {
    String origin = message.source().origin();
    Quote quote =
        new Quote(
            message.text(),
            origin,
            message.source().line(),
            vault.sources().findDigest(origin).orElse(""),
            message.at());
    return Incident.inHerWords(message.at(), kind, herWords)
        .withChannel(message.channel().name().toLowerCase(Locale.ROOT).replace('_', '-'))
        .quoting(quote);
  }

  /**
   * Keeps the message read from line {@code line} of {@code source} (as she points at it, e.g.
   * chat.txt:212). When the line holds several events, his is taken; several of his is a plain
   * error naming them.
   */
  public Added addMessageAt(
      String source, long line, String kind, String herWords, LocalDateTime now) {
    List<Event> found = session.read(vault -> vault.lookup().at(source, line));
    List<Event> his = found.stream().filter(e -> e.who() == app.walkaway.event.Actor.THEM).toList();
    List<Event> candidates = his.isEmpty() ? found : his;
    if (candidates.isEmpty()) {
      throw new ServiceException(
          ServiceException.Problem.BAD_INPUT,
          source
              + ":"
              + line
              + ": no imported message is on that line (check the file name as"
              + " imported and the line number)");
    }
    if (candidates.size() > 1) {
      throw new ServiceException(
          ServiceException.Problem.BAD_INPUT,
          source
              + ":"
              + line
              + ": "
              + candidates.size()
              + " messages are on that line; keep"
              + " them one by one by adding what happened in your words instead");
    }
    return addMessage(candidates.get(0), kind, herWords, now);
  }

  /**
   * What keeping every red-flag message did: the entries added, and how many messages were already
   * quoted in the journal (same file, line and words) and so not added again.
   */
  public record FromSignals(List<Entry> added, int alreadyKept, int sealedFirst) {}

  /**
   * Keeps each of {@code found} as an entry quoting his message exactly, with its file, line and
   * the file's SHA-256. A message the journal already quotes (the same file, line and words) is not
   * quoted twice, and is counted instead; nothing else is ever merged.
   */
  public FromSignals addRedFlagMessages(List<RedFlagMessages.Found> found, LocalDateTime now) {
    return session.write(
        vault ->
            vault.inTransaction(
                () -> {
                  Set<List<Object>> quoted = new HashSet<>();
                  for (Entry entry : entries(vault)) {
                    entry.incident().quote().ifPresent(q -> quoted.add(quoteKey(q)));
                  }
                  List<Entry> added = new ArrayList<>();
                  int already = 0;
                  int sealed = 0;
                  for (RedFlagMessages.Found message : found) {
                    Incident incident =
                        quoting(vault, message.message(), kindOf(message.kinds()), "");
                    if (!quoted.add(quoteKey(incident.quote().orElseThrow()))) {
                      already++;
                      continue;
                    }
                    Added one = add(vault, incident, List.of(), now);
                    sealed += one.sealedFirst();
                    added.add(one.entry());
                  }
                  return new FromSignals(added, already, sealed);
                }));
  }

  /** What makes two quotes the same message: its file, its line and its exact words. */
  private static List<Object> quoteKey(Quote quote) {
    return List.of(quote.source(), quote.line(), quote.text());
  }

  /** The incident kind a red-flag message is kept as: the gravest of what it was read as. */
  static String kindOf(Set<RedFlagKind> kinds) {
    if (kinds.contains(RedFlagKind.THREAT)) {
      return IncidentKind.THREAT.label();
    }
    if (kinds.contains(RedFlagKind.STALKING)) {
      return IncidentKind.STALKING.label();
    }
    if (kinds.contains(RedFlagKind.INSULT) || kinds.contains(RedFlagKind.PRESSURE)) {
      return IncidentKind.HARASSMENT.label();
    }
    // A threat to harm himself is kept as it is, not named a threat to her.
    return IncidentKind.OTHER.label();
  }

  /** Every entry, in the order recorded. */
  public List<Entry> entries() {
    return session.read(EvidenceJournal::entries);
  }

  static List<Entry> entries(Vault vault) {
    return vault.evidence().all().stream().map(EvidenceMapping::toEntry).toList();
  }

  /** Seals what awaits its seal, then walks the whole chain, kept files included. */
  public Checked verify() {
    return session.write(vault -> verify(vault, vault.inTransaction(() -> sealPending(vault))));
  }

  private static Checked verify(Vault vault, int sealed) {
    List<Entry> entries = entries(vault);
    Map<AttachmentKey, String> digests = new HashMap<>();
    for (EvidenceStore.StoredFile file : vault.evidence().storedFiles()) {
      digests.put(new AttachmentKey(file.seq(), file.position()), file.sha256());
    }
    return new Checked(Chain.verify(entries, digests), sealed, entries.size());
  }

  /** The bytes of a kept file. */
  public Optional<byte[]> file(long seq, int position) {
    return session.read(vault -> vault.evidence().content(seq, position));
  }

  /** The entry numbered {@code seq}, or a plain message that there is none. */
  public Entry require(long seq) {
    List<Entry> all = entries();
    return all.stream()
        .filter(e -> e.seq() == seq)
        .findFirst()
        .orElseThrow(
            () ->
                new ServiceException(
                    ServiceException.Problem.BAD_INPUT,
                    "there is no evidence entry " + seq + " (the journal has " + all.size() + ")"));
  }

  /**
   * Seals the entries awaiting their seal, in order, when they are the last ones (as an upgrade or
   * a restore leaves them). Any other unsealed entry is left for verify to name.
   */
  private static int sealPending(Vault vault) {
    List<EvidenceRow> rows = vault.evidence().all();
    int first = 0;
    while (first < rows.size() && !rows.get(first).hash().isEmpty()) {
      first++;
    }
    for (int i = first; i < rows.size(); i++) {
      if (!rows.get(i).hash().isEmpty()) {
        return 0;
      }
    }
    String previous = first == 0 ? Chain.GENESIS : rows.get(first - 1).hash();
    for (int i = first; i < rows.size(); i++) {
      EvidenceRow row = rows.get(i);
      Entry entry = EvidenceMapping.toEntry(row);
      Entry sealed = Chain.seal(row.seq(), previous, row.recordedAt(), entry.incident());
      vault.evidence().seal(row.seq(), previous, sealed.hash());
      previous = sealed.hash();
    }
    return rows.size() - first;
  }
}
