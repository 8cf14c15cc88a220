package app.walkaway.importer.meta;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Meta writes each UTF-8 byte of a string as its own JSON escape (backslash, "u00", two hex
 * digits), so "Michał" arrives as "MichaÅ" followed by the control character U+0082 (FORMATS §3.2).
 * The repair: when every char is at most U+00FF, read the chars as ISO-8859-1 bytes and decode them
 * as UTF-8 with a reporting decoder; when that fails the string was never mangled (a genuine "é")
 * and is kept as it is.
 */
final class Mojibake {
  private Mojibake() {}

  static String repair(String text) {
    boolean high = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c > 0xFF) {
        return text; // already proper text (an emoji, a surrogate escape): never mangled
      }
      high |= c >= 0x80;
    }
    if (!high) {
      return text; // plain ASCII reads the same either way
    }
    CharsetDecoder strict =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return strict.decode(ByteBuffer.wrap(text.getBytes(StandardCharsets.ISO_8859_1))).toString();
    } catch (CharacterCodingException e) {
      return text;
    }
  }
}
