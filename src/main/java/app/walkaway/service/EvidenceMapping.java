package app.walkaway.service;

import app.walkaway.safety.evidence.AttachmentRef;
import app.walkaway.safety.evidence.Details;
import app.walkaway.safety.evidence.Entry;
import app.walkaway.safety.evidence.Incident;
import app.walkaway.safety.evidence.Quote;
import app.walkaway.safety.evidence.Reference;
import app.walkaway.vault.EvidenceRow;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Evidence entries to vault rows and back. The mapping is one to one, so a change to anything
 * stored changes the entry and breaks its seal; a relation word Walkaway does not know is kept as
 * an unknown relation that no seal can match.
 */
final class EvidenceMapping {
  private EvidenceMapping() {}

  static EvidenceRow toRow(Entry entry) {
    Incident incident = entry.incident();
    Details details = incident.details();
    EvidenceRow.Facts facts =
        new EvidenceRow.Facts(
            incident.occurredAt(),
            incident.kind(),
            incident.channel(),
            incident.what(),
            details.hisIdentifier(),
            details.place(),
            details.witnesses(),
            details.injuries(),
            details.medical(),
            details.policeReference());
    return new EvidenceRow(
        entry.seq(),
        entry.recordedAt(),
        facts,
        incident.refersTo().map(r -> new EvidenceRow.Link(r.seq(), relation(r.relation()))),
        incident.quote().map(EvidenceMapping::toRow),
        incident.attachments().stream()
            .map(a -> new EvidenceRow.Attachment(a.position(), a.name(), a.sha256(), a.size()))
            .toList(),
        entry.prevHash(),
        entry.hash());
  }

  static Entry toEntry(EvidenceRow row) {
    EvidenceRow.Facts facts = row.facts();
    Details details =
        new Details(
            facts.hisIdentifier(),
            facts.place(),
            facts.witnesses(),
            facts.injuries(),
            facts.medical(),
            facts.policeReference());
    Incident incident =
        new Incident(
            facts.occurredAt(),
            facts.kind(),
            facts.channel(),
            facts.what(),
            details,
            row.refersTo().map(EvidenceMapping::reference),
            row.quote().map(EvidenceMapping::toQuote),
            row.attachments().stream()
                .map(a -> new AttachmentRef(a.position(), a.name(), a.sha256(), a.size()))
                .toList());
    return new Entry(row.seq(), row.recordedAt(), incident, row.prevHash(), row.hash());
  }

  static String relation(Reference.Relation relation) {
    return relation.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * A stored reference. One that is malformed (no earlier entry number, an unknown word) is read as
   * {@link Reference.Relation#UNRECOGNISED}, which no seal can match.
   */
  private static Reference reference(EvidenceRow.Link link) {
    Optional<Reference.Relation> known =
        Arrays.stream(Reference.Relation.values())
            .filter(r -> r != Reference.Relation.UNRECOGNISED)
            .filter(r -> relation(r).equals(link.relation()))
            .findFirst();
    return known.isPresent() && link.seq() >= 1
        ? new Reference(link.seq(), known.get())
        : new Reference(Math.max(1, link.seq()), Reference.Relation.UNRECOGNISED);
  }

  private static EvidenceRow.QuotedMessage toRow(Quote quote) {
    return new EvidenceRow.QuotedMessage(
        quote.text(), quote.source(), quote.line(), quote.fileSha256(), quote.at());
  }

  private static Quote toQuote(EvidenceRow.QuotedMessage quote) {
    return new Quote(quote.text(), quote.source(), quote.line(), quote.fileSha256(), quote.at());
  }
}
