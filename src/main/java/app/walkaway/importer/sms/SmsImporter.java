package app.walkaway.importer.sms;

import app.walkaway.event.SourceRef;
import app.walkaway.importer.Author;
import app.walkaway.importer.ChatImporter;
import app.walkaway.importer.Conversations;
import app.walkaway.importer.Conversations.Candidate;
import app.walkaway.importer.Entry;
import app.walkaway.importer.ImportException;
import app.walkaway.importer.ImportOptions;
import app.walkaway.importer.ImportReport;
import app.walkaway.importer.Inputs;
import app.walkaway.importer.Inputs.Member;
import app.walkaway.importer.Names;
import app.walkaway.importer.Peek;
import app.walkaway.importer.PhoneNumbers;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A phone's whole SMS Backup & Restore file holds every conversation, so only his is read: the one
 * whose number or contact name she gives with --them, or the only one there is. Her sent texts and
 * outgoing calls are the owner's ("me"); his carry the key of what she typed, so they match it
 * however the number is written. A number (or nothing) takes one pass; a contact name takes two,
 * the first to learn which number the phone files under that name. Group MMS (more than one other
 * number) are left out and counted: they are not one-to-one contact with him.
 */
public final class SmsImporter implements ChatImporter {
  static final String ME = "me";

  @Override
  public String description() {
    return "Android SMS Backup & Restore (sms-….xml with texts, calls-….xml with the call log)";
  }

  @Override
  public boolean recognizes(Peek peek) {
    String head = peek.head();
    return peek.kind() == Peek.Shape.FILE
        && head.stripLeading().startsWith("<")
        && (head.contains("<smses") || head.contains("<calls"));
  }

  @Override
  public ImportReport read(Peek peek, ImportOptions options, Consumer<Entry> sink) {
    Objects.requireNonNull(options, "options");
    try (Inputs inputs = Inputs.of(peek, options)) {
      Member member =
          inputs.members(m -> false).stream()
              .findFirst()
              .orElseThrow(
                  () -> new ImportException(peek.path() + ": not a single SMS backup file"));
      String format = peek.head().contains("<smses") ? "SMS Backup & Restore" : "Call log backup";
      Optional<String> them = options.them();
      ImportOptions zoned = options.withZone(options.zone()); // her zone looked up once
      SmsPass pass =
          them.isPresent() && PhoneNumbers.key(them.get()).isEmpty()
              ? byContactName(member, zoned, sink)
              : byNumber(member, zoned, sink);
      return pass.report(member.name(), format);
    }
  }

  /** One pass: his number is what she typed, or the only number in the backup. */
  private static SmsPass byNumber(Member member, ImportOptions options, Consumer<Entry> sink) {
    SmsContacts contacts = new SmsContacts(member.name());
    HisNumber his = new HisNumber(options.them());
    SmsPass pass =
        SmsPass.run(
            member,
            options,
            r -> contacts.count(r) && his.test(r) && emit(r, his.author(r), member, options, sink));
    if (pass.emitted() == 0 || his.ambiguous()) {
      // Throws: nothing of his, or several people and no name to choose by. Entries already
      // handed on belong to an input that is then rejected as a whole.
      Conversations.require(
          member.name(), "contacts", contacts.candidates(), options.them(), contacts::matches);
    }
    return pass;
  }

  /** Two passes: first learn which number her phone calls by the name she typed, then read. */
  private static SmsPass byContactName(Member member, ImportOptions options, Consumer<Entry> sink) {
    SmsContacts contacts = new SmsContacts(member.name());
    SmsPass.run(member, options, contacts::count);
    Candidate his =
        Conversations.require(
            member.name(), "contacts", contacts.candidates(), options.them(), contacts::matches);
    String key = options.them().map(Names::key).orElse(his.id());
    Author him = new Author(contacts.nameOf(his), key, false);
    return SmsPass.run(
        member,
        options,
        r -> SmsContacts.key(r.address()).equals(his.id()) && emit(r, him, member, options, sink));
  }

  private static boolean emit(
      SmsRecord r, Author him, Member member, ImportOptions options, Consumer<Entry> sink) {
    Author author = r.sent() ? Author.owner(ME) : him;
    LocalDateTime at = LocalDateTime.ofInstant(Instant.ofEpochMilli(r.epochMs()), options.zone());
    SourceRef source = SourceRef.of(member.name(), r.line());
    sink.accept(new Entry(at, author, r.kind(), r.channel(), r.text(), source, r.seconds()));
    return true;
  }
}
