package app.walkaway.importer.sms;

import app.walkaway.importer.ImportException;
import app.walkaway.importer.ImportOptions;
import app.walkaway.importer.ImportReport;
import app.walkaway.importer.Inputs.Member;
import app.walkaway.importer.LenientUtf8Reader;
import app.walkaway.importer.StoppedReading;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One streaming pass over a backup with a secure StAX parser: no DTDs, no external entities (XXE),
 * input repaired on the way in (UTF-8, surrogate references). A file that stops part way keeps what
 * was read and says where it stopped.
 *
 * @param emitted records the handler took
 */
record SmsPass(
    long emitted, long drafts, long groups, long undated, long replaced, Optional<String> stop) {

  static SmsPass run(Member member, ImportOptions options, Predicate<SmsRecord> handler) {
    long[] taken = {0};
    try (LenientUtf8Reader utf8 = new LenientUtf8Reader(member.open());
        XmlRefFilter filtered = new XmlRefFilter(new BufferedReader(utf8))) {
      XMLStreamReader xml = factory().createXMLStreamReader(new XmlBounds(filtered, member.name()));
      SmsWalk walk =
          new SmsWalk(
              xml, r -> taken[0] += handler.test(r) ? 1 : 0, member.name(), options.maxEntries());
      Optional<String> stop = Optional.empty();
      try {
        walk.run();
      } catch (XMLStreamException e) {
        stop = Optional.of(stopNote(member.name(), e, walk));
      } finally {
        xml.close();
      }
      long replaced = utf8.replaced() + filtered.replaced();
      return new SmsPass(taken[0], walk.drafts, walk.groups, walk.undated, replaced, stop);
    } catch (XMLStreamException e) {
      throw new ImportException(member.name() + ": cannot read it as XML (" + e.getMessage() + ")");
    } catch (IOException e) {
      throw new ImportException(member.name() + ": cannot read the file (" + e + ")", e);
    }
  }

  private static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, false);
    return factory;
  }

  private static String stopNote(String origin, XMLStreamException e, SmsWalk walk) {
    long records = walk.records + walk.drafts + walk.groups + walk.undated;
    long line = walk.stopLine(e.getLocation() == null ? 0 : e.getLocation().getLineNumber());
    String message = String.valueOf(e.getMessage());
    if (records == 0 && line <= 2) {
      throw new ImportException(origin + ":" + line + ": not readable as XML (" + plain(e) + ")");
    }
    if (message.contains("same entity") || message.contains("end of file")) {
      return StoppedReading.truncated(origin, line);
    }
    return StoppedReading.broken(origin, line, "not valid XML: " + plain(e));
  }

  /** The parser's own words without its "ParseError at [row,col]" prefix. */
  private static String plain(XMLStreamException e) {
    String message = String.valueOf(e.getMessage());
    int cut = message.indexOf("Message: ");
    return cut >= 0 ? message.substring(cut + 9).strip() : message.strip();
  }

  ImportReport report(String origin, String format) {
    List<String> notes = new ArrayList<>();
    stop.ifPresent(notes::add);
    if (drafts > 0) {
      notes.add(drafts + " drafts and unsent or failed messages in the backup were left out.");
    }
    if (groups > 0) {
      notes.add(
          groups + " group messages in the backup (more than one other number) were left out.");
    }
    if (undated > 0) {
      notes.add(undated + " records without a readable date were left out.");
    }
    return new ImportReport(origin, format, emitted, drafts + groups, replaced, notes);
  }
}
