package app.walkaway.report;

import java.awt.Color;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** How a run of text is set: font, size, colour, left indent and line height. */
record Style(PDType0Font font, float size, Color color, float indent, float leading) {
  static final Color INK = new Color(0x22, 0x22, 0x22);
  static final Color GREY = new Color(0x5f, 0x5f, 0x5f);
  static final Color RULE = new Color(0xc8, 0xc8, 0xc8);
  static final Color ALERT = new Color(0x9b, 0x1c, 0x1c);

  Style indented(float by) {
    return new Style(font, size, color, indent + by, leading);
  }

  Style in(Color other) {
    return new Style(font, size, other, indent, leading);
  }
}
