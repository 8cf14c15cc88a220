package app.walkaway.importer.sms;

import app.walkaway.event.Channel;
import app.walkaway.event.Kind;

/**
 * One sms, mms or call as the backup has it, before we know whose conversation it is.
 *
 * @param address the other side's number (or address) as written
 * @param contact the phone's contact name for it, or empty
 * @param sent true when she sent it or placed the call
 * @param kind what it is
 * @param channel SMS, or PHONE for calls
 * @param text the words; empty for calls and media
 * @param epochMs when, in UTC milliseconds
 * @param seconds call duration, else 0
 * @param line where the record starts in the file
 */
record SmsRecord(
    String address,
    String contact,
    boolean sent,
    Kind kind,
    Channel channel,
    String text,
    long epochMs,
    long seconds,
    long line) {

  /** How she would recognise this contact in a list: name and number. */
  String display() {
    return contact.isEmpty() || contact.equals(address) ? address : contact;
  }
}
