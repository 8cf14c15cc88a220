package app.walkaway.importer.sms;

import app.walkaway.importer.ImportException;
import app.walkaway.importer.Limits;
import app.walkaway.importer.Sizes;
import java.io.IOException;
import java.io.Reader;

/**
 * Bounds what the XML parser would hold whole, before it sees it. The JDK's StAX parser keeps an
 * element's attributes, a comment or a run of text in memory until it ends, with no limit of its
 * own on their length: one attribute of 3 GB would take all the memory there is. This reader
 * follows the markup just enough to measure each of those stretches as it passes ({@link
 * Limits#MAX_XML_ATTRIBUTE_CHARS}, {@link Limits#MAX_XML_ATTRIBUTES}, {@link
 * Limits#MAX_XML_OTHER_CHARS}) and refuses the file, saying where, at the first that is too long.
 * It passes every char through unchanged.
 */
final class XmlBounds extends Reader {
  private enum State {
    TEXT,
    OPEN, // after '<'
    BANG, // after "<!"
    BANG_DASH, // after "<!-"
    COMMENT,
    CDATA,
    DECLARATION,
    PROCESSING,
    TAG,
    QUOTED
  }

  private final Reader in;
  private final String origin;
  private State state = State.TEXT;
  private long line = 1;
  private long run; // chars of the current stretch
  private int attributes;
  private int marks; // consecutive '-', ']' or '?' just before, for the ends of comments and such
  private int depth; // '[' open in a declaration
  private char quote;

  XmlBounds(Reader in, String origin) {
    this.in = in;
    this.origin = origin;
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    int n = in.read(buf, off, len);
    for (int i = off; i < off + n; i++) {
      step(buf[i]);
    }
    return n;
  }

  private void step(char c) {
    if (c == '\n') {
      line++;
    }
    switch (state) {
      case TEXT -> text(c);
      case OPEN -> open(c);
      case BANG -> to(c == '-' ? State.BANG_DASH : c == '[' ? State.CDATA : State.DECLARATION);
      case BANG_DASH -> to(c == '-' ? State.COMMENT : State.DECLARATION);
      case COMMENT -> closing(c, '-', 2, "one comment");
      case CDATA -> closing(c, ']', 2, "one CDATA section");
      case PROCESSING -> closing(c, '?', 1, "one processing instruction");
      case DECLARATION -> declaration(c);
      case TAG -> tag(c);
      case QUOTED -> quoted(c);
    }
  }

  private void text(char c) {
    if (c == '<') {
      to(State.OPEN);
    } else {
      count("text between its records");
    }
  }

  private void open(char c) {
    if (c == '!') {
      to(State.BANG);
    } else if (c == '?') {
      to(State.PROCESSING);
    } else {
      to(State.TAG);
      attributes = 0;
      tag(c);
    }
  }

  /** Inside a comment, CDATA or processing instruction: ends at {@code need} marks and a '>'. */
  private void closing(char c, char mark, int need, String what) {
    if (c == '>' && marks >= need) {
      to(State.TEXT);
      return;
    }
    marks = c == mark ? marks + 1 : 0;
    count(what);
  }

  private void declaration(char c) {
    if (c == '>' && depth <= 0) {
      to(State.TEXT);
      return;
    }
    depth += c == '[' ? 1 : c == ']' ? -1 : 0;
    count("one declaration");
  }

  private void tag(char c) {
    if (c == '>') {
      to(State.TEXT);
    } else if (c == '"' || c == '\'') {
      quote = c;
      state = State.QUOTED;
      run = 0;
    } else {
      if (c == '=' && ++attributes > Limits.MAX_XML_ATTRIBUTES) {
        throw refusal(
            "an element has more than "
                + Sizes.count(Limits.MAX_XML_ATTRIBUTES)
                + " attributes, far more than a real backup's (about 35)");
      }
      count("one tag's names and spaces");
    }
  }

  private void quoted(char c) {
    if (c == quote) {
      state = State.TAG;
      run = 0; // the tag's own count starts again; its names are bounded by the parser
    } else if (++run > Limits.MAX_XML_ATTRIBUTE_CHARS) {
      throw refusal(
          "an attribute holds more than "
              + Sizes.count(Limits.MAX_XML_ATTRIBUTE_CHARS)
              + " characters, far more than a real backup's (even a video sent by MMS)");
    }
  }

  private void to(State next) {
    state = next;
    run = 0;
    marks = 0;
    depth = 0;
  }

  private void count(String what) {
    if (++run > Limits.MAX_XML_OTHER_CHARS) {
      throw refusal(
          "more than "
              + Sizes.count(Limits.MAX_XML_OTHER_CHARS)
              + " characters in "
              + what
              + ", which a real backup never has");
    }
  }

  private ImportException refusal(String what) {
    return new ImportException(
        origin + ":" + line + ": " + what + ", so it was not read; it is damaged or unsafe");
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
