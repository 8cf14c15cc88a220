package app.walkaway.importer.sms;

import app.walkaway.event.Channel;
import app.walkaway.event.Kind;
import app.walkaway.importer.Limits;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The reading loop over an sms.xml or calls.xml (FORMATS §4.1): sms, mms and call elements in any
 * order, each handed on as a {@link SmsRecord}. Skipped items are counted by reason.
 */
final class SmsWalk {
  long drafts;
  long groups;
  long undated;
  long records;

  /** Line of the record being read when the input broke off: 0 when between records. */
  long openLine;

  private long lastEnd;

  private final XMLStreamReader xml;
  private final Consumer<SmsRecord> sink;
  private final String origin;
  private final long maxRecords;

  /** Past {@code maxRecords} records handed on, the backup is refused. */
  SmsWalk(XMLStreamReader xml, Consumer<SmsRecord> sink, String origin, long maxRecords) {
    this.xml = xml;
    this.sink = sink;
    this.origin = origin;
    this.maxRecords = maxRecords;
  }

  void run() throws XMLStreamException {
    while (xml.hasNext()) {
      if (xml.next() != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      switch (xml.getLocalName()) {
        case "sms" -> sms();
        case "mms" -> mms();
        case "call" -> call();
        default -> {}
      }
      lastEnd = xml.getLocation().getLineNumber();
    }
  }

  /** sms@type: 1 received, 2 sent; 3–6 drafts, outbox, failed, queued are not contact. */
  private void sms() {
    long line = xml.getLocation().getLineNumber();
    Optional<Long> type = SmsAttributes.number(xml, "type");
    if (type.isEmpty() || (type.get() != 1 && type.get() != 2)) {
      drafts++;
      return;
    }
    String body = SmsAttributes.text(xml, "body");
    String address = SmsAttributes.text(xml, "address");
    emit(address, SmsAttributes.contact(xml), type.get() == 2, Kind.MESSAGE, body, 0, line);
  }

  /** call@type: 1 incoming, 2 outgoing, 3 missed, 4 voicemail, 5 rejected, 6 blocked. */
  private void call() {
    long line = xml.getLocation().getLineNumber();
    long type = SmsAttributes.number(xml, "type").orElse(0L);
    long seconds = Math.max(0, SmsAttributes.number(xml, "duration").orElse(0L));
    String number = SmsAttributes.text(xml, "number");
    if (type < 1 || type > 6) {
      drafts++;
      return;
    }
    // 3 missed, 4 voicemail, 5 rejected, 6 blocked: he tried and it did not connect. An outgoing
    // call of 0 seconds was not picked up either (Android logs those as type 2).
    boolean connected = type == 1 || (type == 2 && seconds > 0);
    Kind kind = connected ? Kind.CALL : Kind.MISSED_CALL;
    long duration = kind == Kind.CALL ? seconds : 0;
    emit(number, SmsAttributes.contact(xml), type == 2, kind, "", duration, line);
  }

  /** Where the record that was cut off began: the open one, or the line after the last one. */
  long stopLine(long reported) {
    if (openLine > 0) {
      return openLine;
    }
    return lastEnd > 0 ? Math.min(reported, lastEnd + 1) : reported;
  }

  private void mms() throws XMLStreamException {
    long line = xml.getLocation().getLineNumber();
    openLine = line;
    long box = SmsAttributes.number(xml, "msg_box").orElse(0L);
    String addresses = SmsAttributes.text(xml, "address");
    String contact = SmsAttributes.contact(xml);
    Optional<Long> date = SmsAttributes.number(xml, "date");
    List<Part> parts = new ArrayList<>();
    String from = "";
    String to = "";
    boolean media = false;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("mms")) {
        break;
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      if (xml.getLocalName().equals("part")) {
        String ct = SmsAttributes.text(xml, "ct");
        if (ct.equals("text/plain")) {
          long seq = SmsAttributes.number(xml, "seq").orElse(0L);
          parts.add(new Part(seq, SmsAttributes.text(xml, "text")));
        } else if (!ct.equals("application/smil") && !ct.isEmpty()) {
          media = true;
        }
      } else if (xml.getLocalName().equals("addr")) {
        String type = SmsAttributes.text(xml, "type");
        String address = SmsAttributes.text(xml, "address");
        from = type.equals("137") ? address : from;
        to = type.equals("151") && to.isEmpty() ? address : to;
      }
    }
    openLine = 0;
    // msg_box 1 inbox, 2 sent; 3 drafts, 4 outbox never reached anyone.
    if (box != 1 && box != 2) {
      drafts++;
      return;
    }
    Set<String> others = distinct(addresses);
    if (others.size() > 1) {
      groups++; // a group conversation is not one-to-one contact with him
      return;
    }
    String address = others.isEmpty() ? (box == 1 ? from : to) : others.iterator().next();
    parts.sort(Comparator.comparingLong(Part::seq));
    String text = String.join("", parts.stream().map(Part::text).toList());
    Kind kind = media || text.isEmpty() ? Kind.MEDIA : Kind.MESSAGE;
    emitAt(date, address, contact, box == 2, kind, text, 0, line);
  }

  private record Part(long seq, String text) {}

  /** mms@address lists a group's numbers separated by '~' (some apps use ';' or ','). */
  private static Set<String> distinct(String addresses) {
    Set<String> seen = new LinkedHashSet<>();
    List<String> keys = new ArrayList<>();
    for (String a : addresses.split("[~;,]")) {
      String key = app.walkaway.importer.Names.key(a);
      if (!a.isBlank() && !keys.contains(key)) {
        keys.add(key);
        seen.add(a.strip());
      }
    }
    return seen;
  }

  private void emit(
      String address, String contact, boolean sent, Kind kind, String text, long secs, long line) {
    emitAt(SmsAttributes.number(xml, "date"), address, contact, sent, kind, text, secs, line);
  }

  private void emitAt(
      Optional<Long> date,
      String address,
      String contact,
      boolean sent,
      Kind kind,
      String text,
      long seconds,
      long line) {
    if (date.isEmpty()) {
      undated++;
      return;
    }
    Channel channel = kind == Kind.CALL || kind == Kind.MISSED_CALL ? Channel.PHONE : Channel.SMS;
    if (++records > maxRecords) {
      throw Limits.tooManyEntries(origin, maxRecords);
    }
    sink.accept(
        new SmsRecord(address, contact, sent, kind, channel, text, date.get(), seconds, line));
  }
}
