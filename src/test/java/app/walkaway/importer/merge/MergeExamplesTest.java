package app.walkaway.importer.merge;

import static org.assertj.core.api.Assertions.assertThat;

import app.walkaway.event.Actor;
import app.walkaway.event.Channel;
import app.walkaway.event.Event;
import app.walkaway.event.Kind;
import app.walkaway.event.SourceRef;
import app.walkaway.importer.Author;
import app.walkaway.importer.Entry;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class MergeExamplesTest {

  @Test
  void theSameMessageInTwoExportsIsKeptOnce() {
    List<Entry> full =
        List.of(
            msg("full.txt", 1, "Sam", "10:00:00", "hi"),
            msg("full.txt", 2, "Maya", "10:01:00", "hey you"));
    List<Entry> recent = List.of(msg("media.txt", 7, "Maya", "10:01:00", "hey you"));

    assertThat(Merge.entries(List.of(full, recent))).containsExactlyElementsOf(full);
  }

  @Test
  void minutePrecisionMeetsSecondPrecision() {
    List<Entry> android = List.of(msg("a.txt", 1, "Sam", "10:00:00", "hi"));
    List<Entry> ios = List.of(msg("b.txt", 1, "Sam", "10:00:42", "hi"));

    assertThat(Merge.entries(List.of(android, ios))).hasSize(1);
  }

  @Test
  void moreThanAMinuteApartAreTwoMessages() {
    List<Entry> a = List.of(msg("a.txt", 1, "Sam", "10:00:00", "hi"));
    List<Entry> b = List.of(msg("b.txt", 1, "Sam", "10:01:01", "hi"));

    assertThat(Merge.entries(List.of(a, b))).hasSize(2);
  }

  @Test
  void aRepeatInsideOneFileStaysRepeated() {
    List<Entry> a =
        List.of(
            msg("a.txt", 1, "Maya", "10:00:00", "ok"), msg("a.txt", 2, "Maya", "10:00:00", "ok"));
    List<Entry> b = List.of(msg("b.txt", 5, "Maya", "10:00:00", "ok"));

    assertThat(Merge.entries(List.of(a, b))).containsExactlyElementsOf(a);
    assertThat(Merge.entries(List.of(b, a))).containsExactlyElementsOf(a);
  }

  @Test
  void differentPeopleOrWordsAreNeverMerged() {
    List<Entry> a = List.of(msg("a.txt", 1, "Maya", "10:00:00", "ok"));
    List<Entry> b =
        List.of(
            msg("b.txt", 1, "Sam", "10:00:00", "ok"), msg("b.txt", 2, "Maya", "10:00:00", "ok!"));

    assertThat(Merge.entries(List.of(a, b))).hasSize(3);
  }

  @Test
  void mediaMatchWhateverEachExportWritesForThem() {
    Entry placeholder = entry("a.txt", 3, "Sam", "10:00:00", Kind.MEDIA, "");
    Entry attached = entry("b.txt", 9, "Sam", "10:00:00", Kind.MEDIA, "IMG-20260301-WA0004.jpg");

    assertThat(Merge.entries(List.of(List.of(placeholder), List.of(attached))))
        .containsExactly(placeholder);
  }

  @Test
  void lineEndingsAndInvisibleMarksDoNotMakeADifference() {
    Entry lf = msg("a.txt", 1, "Sam", "10:00:00", "see you\nsoon");
    Entry crlf = msg("b.txt", 1, "Sam", "10:00:30", "\u200Esee you\r\nsoon ");

    assertThat(Merge.entries(List.of(List.of(crlf), List.of(lf)))).containsExactly(lf);
  }

  @Test
  void oneFileIsOnlySortedWithTiesInFileOrder() {
    Entry second = msg("a.txt", 2, "Maya", "10:00:00", "b");
    Entry first = msg("a.txt", 1, "Sam", "10:00:00", "a");
    Entry earlier = msg("a.txt", 3, "Sam", "09:00:00", "c");

    assertThat(Merge.entries(List.of(List.of(second, first, earlier))))
        .containsExactly(earlier, first, second);
    assertThat(Merge.entries(List.of())).isEmpty();
  }

  @Test
  void eventsFromTwoSourcesMergeByActorTheSameWay() {
    Event sms = event("sms.xml", Actor.THEM, "2026-03-01T10:00:12", Kind.MESSAGE, "on my way");
    Event chat = event("chat.txt", Actor.THEM, "2026-03-01T10:00:00", Kind.MESSAGE, "on my way");
    Event mine = event("chat.txt", Actor.ME, "2026-03-01T10:00:00", Kind.MESSAGE, "on my way");

    assertThat(Merge.events(List.of(List.of(sms), List.of(chat, mine))))
        .containsExactlyInAnyOrder(chat, mine);
  }

  private static Event event(String file, Actor who, String at, Kind kind, String text) {
    return Event.of(
        LocalDateTime.parse(at), who, kind, Channel.WHATSAPP, text, SourceRef.of(file, 1));
  }

  static Entry msg(String file, int line, String who, String time, String text) {
    return entry(file, line, who, time, Kind.MESSAGE, text);
  }

  static Entry entry(String file, int line, String who, String time, Kind kind, String text) {
    return new Entry(
        LocalDateTime.parse("2026-03-01T" + time),
        Author.named(who),
        kind,
        Channel.WHATSAPP,
        text,
        SourceRef.of(file, line),
        0);
  }
}
