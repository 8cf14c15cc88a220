package app.walkaway.importer.sms;

import app.walkaway.importer.Conversations.Candidate;
import app.walkaway.importer.Limits;
import app.walkaway.importer.Names;
import app.walkaway.importer.PhoneNumbers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The people a backup holds conversations with, counted, so she can be shown the list and so "his"
 * records can be told from the rest. A person is a phone number, however it is written; the contact
 * name is what the phone called that number.
 */
final class SmsContacts {
  static final String NO_NUMBER = "(no number)";

  private record Seen(String address, String contact, long count) {}

  private final Map<String, Seen> byKey = new LinkedHashMap<>();
  private final String origin;

  SmsContacts(String origin) {
    this.origin = origin;
  }

  static String key(String address) {
    return address.isBlank() ? NO_NUMBER : Names.key(address);
  }

  /** Counts one record; returns true so it can sit in a chain of checks. */
  boolean count(SmsRecord record) {
    if (byKey.size() >= Limits.MAX_CONVERSATIONS && !byKey.containsKey(key(record.address()))) {
      throw Limits.tooManyConversations(origin, "phone numbers");
    }
    byKey.merge(
        key(record.address()),
        new Seen(record.address(), record.contact(), 1),
        (a, b) ->
            new Seen(a.address(), a.contact().isEmpty() ? b.contact() : a.contact(), a.count + 1));
    return true;
  }

  List<Candidate> candidates() {
    List<Candidate> all = new ArrayList<>();
    byKey.forEach((key, seen) -> all.add(new Candidate(key, describe(seen), seen.count())));
    return all;
  }

  /** The phone's contact name for this candidate, else its number as written. */
  String nameOf(Candidate candidate) {
    Seen seen = byKey.get(candidate.id());
    if (seen == null || seen.address().isBlank() && seen.contact().isEmpty()) {
      return NO_NUMBER;
    }
    return seen.contact().isEmpty() ? seen.address() : seen.contact();
  }

  /** She may type his number in any form, or the contact name her phone has for it. */
  boolean matches(String typed, Candidate candidate) {
    Seen seen = byKey.get(candidate.id());
    return seen != null && matches(typed, seen.address(), seen.contact());
  }

  static boolean matches(String typed, String address, String contact) {
    String key = Names.key(typed);
    return PhoneNumbers.same(typed, address)
        || key.equals(key(address))
        || (!contact.isEmpty() && key.equals(Names.key(contact)));
  }

  private static String describe(Seen seen) {
    String number = seen.address().isBlank() ? NO_NUMBER : seen.address();
    return seen.contact().isEmpty() ? number : seen.contact() + " at " + number;
  }
}
