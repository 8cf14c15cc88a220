package app.walkaway.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The report's fonts, embedded as subsets: DejaVu Sans (regular and bold) for text and DejaVu Sans
 * Mono for digests. They cover Latin (Polish and Turkish included), Greek and Cyrillic. A character
 * a font cannot draw is replaced by "?" and remembered, so the report can say so.
 */
final class Fonts {
  private static final String FOLDER = "/app/walkaway/report/fonts/";

  final PDType0Font regular;
  final PDType0Font bold;
  final PDType0Font mono;
  private final Map<PDType0Font, Map<Integer, Boolean>> drawable = new HashMap<>();
  private boolean replacedAny;

  Fonts(PDDocument document) {
    regular = load(document, "DejaVuSans.ttf");
    bold = load(document, "DejaVuSans-Bold.ttf");
    mono = load(document, "DejaVuSansMono.ttf");
  }

  private static PDType0Font load(PDDocument document, String name) {
    try (InputStream in = Fonts.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException(FOLDER + name + " is missing from the build");
      }
      byte[] font = in.readAllBytes();
      withoutSubstitutions(font);
      return PDType0Font.load(document, new ByteArrayInputStream(font), true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Hides the font's glyph substitution table (GSUB) from PDFBox, which would otherwise draw "fi"
   * and "ff" as ligatures: text copied from the report, a SHA-256 digest above all, must come out
   * letter for letter as it went in. The table directory follows a 12-byte header, 16 bytes an
   * entry, each starting with its 4-letter tag; renaming the tag leaves the font otherwise intact,
   * and the embedded subset never includes the renamed table.
   */
  static void withoutSubstitutions(byte[] font) {
    int tables = ((font[4] & 0xff) << 8) | (font[5] & 0xff);
    for (int i = 0; i < tables; i++) {
      int at = 12 + 16 * i;
      if (font[at] == 'G' && font[at + 1] == 'S' && font[at + 2] == 'U' && font[at + 3] == 'B') {
        font[at] = 'X';
      }
    }
  }

  /**
   * {@code text} with tabs as spaces, other control characters dropped, and undrawable ones "?".
   */
  String drawable(PDType0Font font, String text) {
    StringBuilder safe = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              if (c == '\t') {
                safe.append(' ');
              } else if (Character.isISOControl(c)) {
                return;
              } else if (canDraw(font, c)) {
                safe.appendCodePoint(c);
              } else {
                safe.append('?');
                replacedAny = true;
              }
            });
    return safe.toString();
  }

  boolean replacedAny() {
    return replacedAny;
  }

  private boolean canDraw(PDType0Font font, int codePoint) {
    return drawable
        .computeIfAbsent(font, f -> new HashMap<>())
        .computeIfAbsent(
            codePoint,
            c -> {
              try {
                font.encode(new String(Character.toChars(c)));
                return true;
              } catch (IllegalArgumentException | IOException e) {
                return false;
              }
            });
  }
}
