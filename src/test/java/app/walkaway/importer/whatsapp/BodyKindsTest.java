package app.walkaway.importer.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import app.walkaway.event.Kind;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Special bodies in several languages (reference TSVs) and ordinary text that must stay text. */
class BodyKindsTest {
  private static final String L = "\u200E";
  private static final String R = "\u200F";

  static Stream<Arguments> bodies() {
    return Stream.of(
        kind("Android en media omitted", "<Media omitted>", Kind.MEDIA),
        kind(
            "Android de media (real wording, not in the table)",
            "<Medien ausgeschlossen>",
            Kind.MEDIA),
        kind("Android ru media (real wording)", "<Без медиафайлов>", Kind.MEDIA),
        kind("Android ja media", "<メディアは含まれていません>", Kind.MEDIA),
        kind("Android lower-case media", "<media omitted>", Kind.MEDIA),
        kind("Android pt-BR attachment", "VID-20220101-WA0001.mp4 (arquivo anexado)", Kind.MEDIA),
        kind("Android ru attachment", "PTT-20220101-WA0001.opus (файл добавлен)", Kind.MEDIA),
        kind("Android contact card with spaces", "Ann Lee.vcf (file attached)", Kind.MEDIA),
        kind(
            "Android document without extension",
            "DOC-20221118-WA0004. (file attached)",
            Kind.MEDIA),
        kind("Android view-once", "null", Kind.MEDIA),
        kind("iPhone en image omitted", L + "image omitted", Kind.MEDIA),
        kind("iPhone es sticker", L + "sticker omitido", Kind.MEDIA),
        kind("iPhone he image (RLM)", R + "התמונה הושמטה", Kind.MEDIA),
        kind("iPhone tr attachment, name first", L + "<00000012-PHOTO.jpg eklendi>", Kind.MEDIA),
        kind(
            "iPhone fr attachment with spaces",
            L + "< pièce jointe : 00000012-AUDIO.opus >",
            Kind.MEDIA),
        kind(
            "iPhone document with pages",
            "Plan.pdf • " + L + "2 pages " + L + "<attached: 00000047-Plan.pdf>",
            Kind.MEDIA),
        kind(
            "iPhone spaced attached",
            "< attached: 00000042-PHOTO-2020-06-07-15-13-20.jpg >",
            Kind.MEDIA),
        kind(
            "iPhone attachment wrapped over lines",
            "<attached: \n00000035-PHOTO-2022-03-27-21-4\n1-55.jpg>",
            Kind.MEDIA),
        kind("old iPhone image omitted", "<" + L + "image omitted>", Kind.MEDIA),
        kind(
            "very old iPhone attached after name",
            "2015-08-04-PHOTO-00004762.jpg <" + L + "attached>",
            Kind.MEDIA),
        kind("Android en deleted", "This message was deleted", Kind.DELETED),
        kind("Android en you deleted", "You deleted this message", Kind.DELETED),
        kind("iPhone en deleted with period", L + "This message was deleted.", Kind.DELETED),
        kind("Android de deleted", "Diese Nachricht wurde gelöscht", Kind.DELETED),
        kind("iPhone ru deleted", L + "Данное сообщение удалено.", Kind.DELETED),
        kind("Android zh-CN deleted", "信息已删除", Kind.DELETED),
        kind("iPhone ar deleted", R + "تم حذف هذه الرسالة.", Kind.DELETED),
        kind("Android en missed voice call", "Missed voice call", Kind.MISSED_CALL),
        kind("Android en missed video call", "Missed video call", Kind.MISSED_CALL),
        kind("Android it missed video call", "Videochiamata persa", Kind.MISSED_CALL),
        kind("iPhone tr missed voice call", L + "Cevapsız sesli arama", Kind.MISSED_CALL),
        kind("Android ko missed call", "부재중 전화", Kind.MISSED_CALL),
        kind(
            "iPhone missed call with a hint",
            L + "Missed voice call, " + L + "Tap to call back",
            Kind.MISSED_CALL),
        kind("text: starts like a missed call", "Missed voice call, sorry I was out", Kind.MESSAGE),
        kind("poll", "POLL:\nWhen?\nOPTION: Friday (1 vote)", Kind.POLL),
        kind(
            "Android en location",
            "location: https://maps.google.com/?q=51.5,-0.12",
            Kind.LOCATION),
        kind(
            "Android de location", "Standort: https://maps.google.com/?q=52.5,13.4", Kind.LOCATION),
        kind(
            "Android es location",
            "ubicación: https://maps.google.com/?q=40.4,-3.7",
            Kind.LOCATION),
        kind(
            "iPhone location",
            L + "Location: https://maps.google.com/?q=51.5,-0.12",
            Kind.LOCATION),
        kind("Android live location", "live location shared", Kind.LOCATION),
        kind("Android nl live location", "live locatie gedeeld", Kind.LOCATION),
        kind("text: I added sugar", "I added sugar", Kind.MESSAGE),
        kind("text: heart", "<3", Kind.MESSAGE),
        kind("text: asks about deletion", "This message was deleted?? why", Kind.MESSAGE),
        kind("text: a time in brackets", "see you at 5 (maybe)", Kind.MESSAGE),
        kind("text: a link", "look https://maps.google.com/?q=1,2 is far", Kind.MESSAGE),
        kind(
            "text: mentions media omitted",
            "why does it say <Media omitted> and more",
            Kind.MESSAGE),
        kind("text: says null in a sentence", "null and void", Kind.MESSAGE));
  }

  private static Arguments kind(String name, String body, Kind kind) {
    return Arguments.of(name, body, kind);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bodies")
  void sortsTheBody(String name, String body, Kind expected) {
    Body result = new BodyKinds(true).classify(body);
    assertThat(result).isInstanceOf(Body.Item.class);
    assertThat(((Body.Item) result).kind()).isEqualTo(expected);
  }

  static Stream<Arguments> notices() {
    return Stream.of(
        Arguments.of(
            "iPhone en E2E",
            L
                + "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them."),
        Arguments.of(
            "iPhone de E2E",
            L
                + "Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt. Niemand außerhalb dieses Chats kann sie lesen oder anhören, nicht einmal WhatsApp."),
        Arguments.of(
            "iPhone security code",
            L + L + "Your security code with Ann changed. " + L + "Tap to learn more."),
        Arguments.of("iPhone marked system text", L + "Ann changed the group description"),
        Arguments.of(
            "E2E without a mark",
            "Messages and calls are end-to-end encrypted. Tap to learn more."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notices")
  void noticesAreSystemLines(String name, String body) {
    assertThat(new BodyKinds(true).classify(body)).isInstanceOf(Body.SystemLine.class);
  }

  static Stream<Arguments> singleLineMedia() {
    return bodies().filter(a -> a.get()[2] == Kind.MEDIA && !((String) a.get()[1]).contains("\n"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("singleLineMedia")
  void mediaKeepsOnlyItsCaption(String name, String body, Kind expected) {
    Body result = new BodyKinds(true).classify(body + "\nmy caption");
    assertThat(result).isEqualTo(new Body.Item(Kind.MEDIA, "my caption"));
  }
}
