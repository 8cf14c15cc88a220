package app.walkaway.importer.sms;

import java.util.Optional;
import javax.xml.stream.XMLStreamReader;

/** Attribute access with the backup's conventions: the literal "null" means missing (§4.1). */
final class SmsAttributes {
  private SmsAttributes() {}

  static Optional<String> find(XMLStreamReader xml, String name) {
    String value = xml.getAttributeValue(null, name);
    if (value == null || value.equals("null") || value.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(value);
  }

  static String text(XMLStreamReader xml, String name) {
    return find(xml, name).orElse("");
  }

  static Optional<Long> number(XMLStreamReader xml, String name) {
    return find(xml, name)
        .map(String::strip)
        .filter(v -> v.matches("-?\\d{1,18}"))
        .map(Long::parseLong);
  }

  /**
   * The phone's contact name; SMS Backup & Restore writes "(Unknown)" for numbers it has none for.
   */
  static String contact(XMLStreamReader xml) {
    String name = text(xml, "contact_name");
    return name.equals("(Unknown)") ? "" : name;
  }
}
