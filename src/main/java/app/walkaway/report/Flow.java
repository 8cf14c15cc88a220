package app.walkaway.report;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Text flowing down A4 pages: wraps at spaces (a word longer than the line, such as a digest, is
 * broken anywhere), starts a new page when the next line would not fit, and keeps blocks together
 * when asked.
 */
final class Flow implements AutoCloseable {
  static final float MARGIN = 56;
  static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
  private static final float TOP = PDRectangle.A4.getHeight() - MARGIN;
  private static final float BOTTOM = MARGIN + 18;

  private final PDDocument document;
  private final Fonts fonts;
  private PDPageContentStream stream;
  private float y;

  Flow(PDDocument document, Fonts fonts) {
    this.document = document;
    this.fonts = fonts;
    newPage();
  }

  void newPage() {
    try {
      closeStream();
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      stream = new PDPageContentStream(document, page);
      y = TOP;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts a new page unless {@code height} more points fit on this one. */
  void keep(float height) {
    if (y - height < BOTTOM) {
      newPage();
    }
  }

  void gap(float points) {
    y -= points;
  }

  /** Sets {@code text} (line breaks kept) from the left margin plus the style's indent. */
  void text(String text, Style style) {
    for (String paragraph : text.split("\n", -1)) {
      for (String line :
          wrap(fonts.drawable(style.font(), paragraph), style, WIDTH - style.indent())) {
        keep(style.leading());
        y -= style.leading();
        draw(line, style, MARGIN + style.indent(), y + (style.leading() - style.size()) / 2);
      }
    }
  }

  /** A label in the left column and its value wrapped in the right one. */
  void pair(String label, String value, Style labelStyle, Style valueStyle, float column) {
    List<String> lines = wrap(fonts.drawable(valueStyle.font(), value), valueStyle, WIDTH - column);
    keep(valueStyle.leading() * Math.min(lines.size(), 3));
    float first = y - valueStyle.leading();
    draw(
        fonts.drawable(labelStyle.font(), label),
        labelStyle,
        MARGIN + labelStyle.indent(),
        first + (valueStyle.leading() - valueStyle.size()) / 2);
    for (String line : lines) {
      keep(valueStyle.leading());
      y -= valueStyle.leading();
      draw(line, valueStyle, MARGIN + column, y + (valueStyle.leading() - valueStyle.size()) / 2);
    }
  }

  /** A quotation: its lines set off by a bar on the left. */
  void quote(String text, Style style) {
    for (String paragraph : text.split("\n", -1)) {
      for (String line :
          wrap(fonts.drawable(style.font(), paragraph), style, WIDTH - style.indent() - 10)) {
        keep(style.leading());
        y -= style.leading();
        line(
            MARGIN + style.indent(),
            y,
            MARGIN + style.indent(),
            y + style.leading(),
            Style.RULE,
            2f);
        draw(line, style, MARGIN + style.indent() + 10, y + (style.leading() - style.size()) / 2);
      }
    }
  }

  /** A thin line across the text width. */
  void rule() {
    keep(8);
    y -= 4;
    line(MARGIN, y, MARGIN + WIDTH, y, Style.RULE, 0.5f);
    y -= 4;
  }

  private void line(float x1, float y1, float x2, float y2, Color color, float width) {
    try {
      stream.setStrokingColor(color);
      stream.setLineWidth(width);
      stream.moveTo(x1, y1);
      stream.lineTo(x2, y2);
      stream.stroke();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void draw(String line, Style style, float x, float baseline) {
    if (line.isEmpty()) {
      return;
    }
    try {
      stream.beginText();
      stream.setFont(style.font(), style.size());
      stream.setNonStrokingColor(style.color());
      stream.newLineAtOffset(x, baseline + style.size() * 0.22f);
      stream.showText(line);
      stream.endText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Lines no wider than {@code width}; an empty paragraph is one empty line. */
  static List<String> wrap(String text, Style style, float width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ", -1)) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (width(candidate, style) <= width) {
        line.setLength(0);
        line.append(candidate);
        continue;
      }
      if (line.length() > 0) {
        lines.add(line.toString());
        line.setLength(0);
      }
      String rest = word;
      while (width(rest, style) > width) {
        int fit = fitting(rest, style, width);
        lines.add(rest.substring(0, fit));
        rest = rest.substring(fit);
      }
      line.append(rest);
    }
    lines.add(line.toString());
    return lines;
  }

  private static int fitting(String word, Style style, float width) {
    int end = word.offsetByCodePoints(0, 1);
    while (end < word.length()) {
      int next = word.offsetByCodePoints(end, 1);
      if (width(word.substring(0, next), style) > width) {
        break;
      }
      end = next;
    }
    return end;
  }

  static float width(String text, Style style) {
    try {
      return style.font().getStringWidth(text) / 1000 * style.size();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  PDType0Font regular() {
    return fonts.regular;
  }

  @Override
  public void close() {
    try {
      closeStream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void closeStream() throws IOException {
    if (stream != null) {
      stream.close();
      stream = null;
    }
  }
}
