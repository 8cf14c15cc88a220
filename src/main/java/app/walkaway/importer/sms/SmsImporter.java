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
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A phone's whole SMS Backup & Restore file holds every conversation, so only his is read: the one
 * whose number or contact name she gives with --them, or the only one there is. Her sent texts and
 * outgoing calls are the owner's; his carry the name she typed, so they match it however the number
 * is written.
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
    Member member =
        Inputs.members(peek, m -> false).stream()
            .findFirst()
            .orElseThrow(() -> new ImportException(peek.path() + ": not a single SMS backup file"));
    String format = peek.head().contains("<smses") ? "SMS Backup & Restore" : "Call log backup";
    Optional<String> them = options.them();
    SmsContacts contacts = new SmsContacts();
    Predicate<SmsRecord> his;
    SmsPass pass;
    if (them.isPresent()) {
      his = r -> SmsContacts.matches(them.get(), r.address(), r.contact());
      pass = SmsPass.run(member, options, r -> emitIf(his, r, contacts, options, sink, member));
    } else {
      SmsPass.run(member, options, r -> contacts.count(r) && false);
      Candidate only =
          Conversations.require(
              member.name(), "contacts", contacts.candidates(), them, contacts::matches);
      his = r -> SmsContacts.key(r.address()).equals(only.id());
      pass =
          SmsPass.run(
              member, options, r -> emitIf(his, r, new SmsContacts(), options, sink, member));
    }
    if (pass.emitted() == 0 && them.isPresent()) {
      Conversations.require(
          member.name(), "contacts", contacts.candidates(), them, contacts::matches);
    }
    return pass.report(member.name(), format);
  }

  private static boolean emitIf(
      Predicate<SmsRecord> his,
      SmsRecord r,
      SmsContacts contacts,
      ImportOptions options,
      Consumer<Entry> sink,
      Member member) {
    contacts.count(r);
    if (!his.test(r)) {
      return false;
    }
    Author author = r.sent() ? Author.owner(ME) : him(r, options);
    LocalDateTime at = LocalDateTime.ofInstant(Instant.ofEpochMilli(r.epochMs()), options.zone());
    SourceRef source = SourceRef.of(member.name(), r.line());
    sink.accept(new Entry(at, author, r.kind(), r.channel(), r.text(), source, r.seconds()));
    return true;
  }

  /** His entries carry the key of what she typed (his number or name), or of his number. */
  private static Author him(SmsRecord r, ImportOptions options) {
    String key = options.them().map(Names::key).orElse(SmsContacts.key(r.address()));
    return new Author(r.display().isBlank() ? SmsContacts.NO_NUMBER : r.display(), key, false);
  }
}
