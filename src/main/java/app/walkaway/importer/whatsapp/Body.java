package app.walkaway.importer.whatsapp;

import app.walkaway.event.Kind;

/** What a message body turned out to be: a system line, or an item of some {@link Kind}. */
sealed interface Body permits Body.SystemLine, Body.Item {

  /** A notice WhatsApp wrote (encryption, security code, joins): not an entry. */
  record SystemLine() implements Body {
    static final SystemLine INSTANCE = new SystemLine();
  }

  /** An authored item with the text to keep (a media item keeps only its caption). */
  record Item(Kind kind, String text) implements Body {}
}
