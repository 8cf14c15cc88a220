package app.walkaway.importer.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import app.walkaway.event.Kind;
import app.walkaway.event.Questions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A message text taken straight from a line's bytes (the fast path for ASCII) reads exactly as the
 * same text taken from the decoded chars, wherever the text starts in the line and whatever comes
 * before it: BOMs, CRs, non-ASCII headers, bad bytes, trailing spaces, the edit note.
 */
class MessageTextTest {
  private static final String[] PIECES = {
    "soup ",
    "later",
    "\u202FPM] ",
    "\u00e9t\u00e9",
    "\uD83C\uDF35",
    "  ",
    "?",
    "<This message was edited>",
    ">",
    "- ",
    "Ana: ",
    ":",
    "location: https://maps.google.com/?q=51.5,-0.1",
    "https://foursquare.com/v/abc",
    "Cafe (Oslo): ",
    "<Media omitted>",
    "This message was deleted",
    "¿qué",
    "\u2003",
    "\u200E",
    "\u00A0",
    "\u2764\uFE0F",
    "a longer stretch of plain words"
  };

  private int plain;
  private int notPlain;

  @Test
  void bytesAndCharsGiveTheSameText() {
    Random random = new Random(5);
    for (int round = 0; round < 300; round++) {
      byte[] file = randomLines(random);
      LineReader forChars = new LineReader(new ByteArrayInputStream(file));
      LineReader forBytes = new LineReader(new ByteArrayInputStream(file));
      while (forChars.next() && forBytes.next()) {
        for (int from = forChars.start(); from <= forChars.end(); from++) {
          MessageText viaChars = new MessageText();
          viaChars.start(forChars.chars(), from, forChars.end());
          MessageText viaBytes = new MessageText();
          viaBytes.start(forBytes, from, forBytes.end());
          String text = viaBytes.text();
          assertThat(text).isEqualTo(viaChars.text());
          assertThat(viaBytes.edited()).isEqualTo(viaChars.edited());
          checkHints(viaBytes, text);
          checkHints(viaChars, text);
        }
      }
    }
    assertThat(plain).as("texts told plain").isGreaterThan(1000);
    assertThat(notPlain).as("texts left to classify").isGreaterThan(1000);
  }

  /**
   * What the hints tell must hold for the text: no line break, the same question test as {@link
   * Questions#asks}, and the same body kind as a classification that searches the text itself; a
   * text told plain without its string is one that classification keeps whole as a message.
   */
  private void checkHints(MessageText message, String text) {
    int hints = message.hints();
    if ((hints & MessageText.KNOWN) == 0) {
      return;
    }
    if ((hints & MessageText.LINES) == 0) {
      assertThat(text).doesNotContain("\n");
    }
    assertThat((hints & MessageText.QUESTION) != 0)
        .as("question in %s", text)
        .isEqualTo(Questions.asks(text));
    assertThat((hints & MessageText.COLON) != 0)
        .as("colon in %s", text)
        .isEqualTo(text.contains(":"));
    for (boolean iphone : new boolean[] {false, true}) {
      BodyKinds kinds = new BodyKinds(iphone);
      assertThat(kinds.classify(text, hints)).as(text).isEqualTo(kinds.classify(text));
      if (kinds.isPlain(message)) {
        plain++;
        assertThat(kinds.classify(text)).as(text).isEqualTo(new Body.Item(Kind.MESSAGE, text));
      } else {
        notPlain++;
      }
    }
  }

  @Test
  void hintsCoverTheLinesAdded() {
    byte[] file = "Ana: plain\nwhat?\n".getBytes(StandardCharsets.UTF_8);
    LineReader lines = new LineReader(new ByteArrayInputStream(file));
    MessageText text = new MessageText();
    lines.next();
    text.start(lines, 5, lines.end());
    assertThat(text.hints()).isEqualTo(MessageText.KNOWN);
    lines.next();
    text.appendLine(lines.chars(), lines.start(), lines.end());
    assertThat(text.text()).isEqualTo("plain\nwhat?");
    assertThat(text.hints())
        .isEqualTo(MessageText.KNOWN | MessageText.LINES | MessageText.QUESTION);
    assertThat(text.firstLineEnd()).isEqualTo(5);
  }

  /**
   * Texts of several lines, blank ones and trailing spaces among them: their hints hold for the
   * whole text, and one told plain is kept whole as a message.
   */
  @Test
  void textsOfSeveralLinesAreToldAsTheyAre() {
    Random random = new Random(9);
    for (int round = 0; round < 20_000; round++) {
      MessageText message = new MessageText();
      char[] first = line(random).toCharArray();
      message.start(first, 0, first.length);
      for (int i = 0, n = random.nextInt(4); i < n; i++) {
        char[] next = (random.nextInt(6) == 0 ? "" : line(random)).toCharArray();
        message.appendLine(next, 0, next.length);
      }
      checkHints(message, message.text());
    }
    assertThat(plain).as("texts told plain").isGreaterThan(1000);
    assertThat(notPlain).as("texts left to classify").isGreaterThan(1000);
  }

  private static String line(Random random) {
    StringBuilder line = new StringBuilder();
    for (int i = 0, n = random.nextInt(4); i < n; i++) {
      line.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return line.toString();
  }

  @Test
  void aContinuationLineJoinsATextTakenFromBytes() {
    byte[] file = "Ana: back at six\nsee you   \n".getBytes(StandardCharsets.UTF_8);
    LineReader lines = new LineReader(new ByteArrayInputStream(file));
    MessageText text = new MessageText();
    lines.next();
    text.start(lines, 5, lines.end());
    lines.next();
    text.appendLine(lines.chars(), lines.start(), lines.end());
    assertThat(text.text()).isEqualTo("back at six\nsee you");
  }

  private static byte[] randomLines(Random random) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int line = 0; line < 4; line++) {
      if (random.nextInt(5) == 0) {
        out.writeBytes("\uFEFF".getBytes(StandardCharsets.UTF_8));
      }
      for (int i = 0, n = random.nextInt(6); i < n; i++) {
        if (random.nextInt(12) == 0) {
          out.write(0xFF); // not UTF-8
        }
        out.writeBytes(PIECES[random.nextInt(PIECES.length)].getBytes(StandardCharsets.UTF_8));
      }
      out.writeBytes((random.nextBoolean() ? "\r\n" : "\n").getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }
}
