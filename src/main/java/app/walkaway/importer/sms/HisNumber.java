package app.walkaway.importer.sms;

import app.walkaway.importer.Author;
import app.walkaway.importer.Names;
import app.walkaway.importer.PhoneNumbers;
import java.util.Optional;

/**
 * Tells his records from the rest in one pass, when his number is known up front (she typed it) or
 * the backup should hold only him (she typed nothing: the first number seen is taken, and any other
 * number makes the backup ambiguous).
 */
final class HisNumber {
  private final Optional<String> them;
  private String key;
  private String name;
  private boolean others;

  HisNumber(Optional<String> them) {
    this.them = them;
  }

  /** True once a second number turned up although she named no one. */
  boolean ambiguous() {
    return others;
  }

  boolean test(SmsRecord r) {
    String k = SmsContacts.key(r.address());
    if (them.isPresent()) {
      if (!PhoneNumbers.same(them.get(), r.address()) && !k.equals(Names.key(them.get()))) {
        return false;
      }
    } else if (key == null) {
      key = k;
    } else if (!key.equals(k)) {
      others = true;
    }
    if (others) {
      return false;
    }
    if (name == null && !r.contact().isEmpty()) {
      name = r.contact(); // the phone's contact name, kept for records that lack it
    }
    return true;
  }

  /** His author: the contact name (else his number), keyed by what she typed or his number. */
  Author author(SmsRecord r) {
    String shown = name != null ? name : r.display();
    String k = them.map(Names::key).orElse(key);
    return new Author(shown.isBlank() ? SmsContacts.NO_NUMBER : shown, k, false);
  }
}
