package app.walkaway.importer.whatsapp;

import app.walkaway.importer.Author;
import app.walkaway.importer.Names;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns a sender as written into an {@link Author}, once per distinct spelling (FORMATS §1.5): bidi
 * controls and direction marks removed, NBSP/NNBSP shown as spaces and U+2011 as '-', and the "~ "
 * that marks a non-contact dropped.
 */
final class AuthorNames {
  private final Map<String, Author> seen = new HashMap<>();

  Author author(String raw) {
    Author author = seen.get(raw);
    if (author == null) {
      author = Author.named(displayName(raw));
      seen.put(raw, author);
    }
    return author;
  }

  static String displayName(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (Names.isInvisible(c)) {
        continue;
      }
      out.append(c == '\u00A0' || c == '\u202F' ? ' ' : c == '\u2011' ? '-' : c);
    }
    String name = out.toString().strip();
    if (name.startsWith("~")) {
      name = name.substring(1).strip();
    }
    return name;
  }
}
