package app.walkaway.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fixture of every format this branch reads, with the figures a person would count by hand:
 * entries, entries per person, first and last time (in Europe/London).
 */
class ImportCorpusTest {

  static Stream<Arguments> corpus() {
    return Stream.of(
        fixture(
            "Telegram single chat: string and array text, calls, media, \\x escapes, a rename",
            "telegram/single-personal-chat.json",
            null,
            "Telegram (single chat)",
            Map.of("Tomas Berg", 8L, "Maya Lind", 5L),
            "2024-06-01T11:00",
            "2024-06-03T12:00"),
        fixture(
            "Telegram account export: his personal chat picked by --them, owner from user_id",
            "telegram/account-export.json",
            "tomas berg",
            "Telegram (account export)",
            Map.of("Tomas Berg", 3L, "Maya Lind", 1L),
            "2024-05-10T19:00",
            "2024-05-12T12:00"),
        fixture(
            "Telegram deleted account: from is null",
            "telegram/deleted-account.json",
            null,
            "Telegram (single chat)",
            Map.of("Deleted account", 2L, "Maya Lind", 1L),
            "2023-11-05T20:00",
            "2023-11-05T20:09"),
        fixture(
            "Telegram file cut off part way: the first five kept",
            "telegram/truncated-chat.json",
            null,
            "Telegram (single chat)",
            Map.of("Tomas Berg", 3L, "Maya Lind", 2L),
            "2024-06-01T11:00",
            "2024-06-01T15:00"),
        fixture(
            "Messenger thread folder: BOM, Polish/Cyrillic/CJK/emoji mojibake across two files",
            "meta/messenger-thread/your_facebook_activity/messages/inbox/pawelzak_10203040",
            null,
            "Facebook Messenger",
            Map.of("Paweł Żak", 6L, "Maya Lind", 5L),
            "2024-03-01T18:00",
            "2024-03-03T21:00"),
        fixture(
            "Messenger whole download folder with one thread",
            "meta/messenger-thread",
            null,
            "Facebook Messenger",
            Map.of("Paweł Żak", 6L, "Maya Lind", 5L),
            "2024-03-01T18:00",
            "2024-03-03T21:00"),
        fixture(
            "Messenger single file: genuine Latin-1 kept, newest-first turned round",
            "meta/messenger-single.json",
            null,
            "Facebook Messenger",
            Map.of("René Dubois", 1L, "Maya Lind", 1L),
            "2024-02-10T11:00",
            "2024-02-10T12:05"),
        fixture(
            "Instagram thread: shares, reactions with their own time, English notices",
            "meta/instagram-thread",
            "tomas.berg",
            "Instagram",
            Map.of("tomas.berg", 6L, "maya.lind", 3L),
            "2024-04-20T10:00",
            "2024-04-21T18:00"),
        fixture(
            "Instagram told apart by sender_id_INTERNAL alone",
            "meta/dm-sender-ids.json",
            null,
            "Instagram",
            Map.of("Ines Okafor", 1L, "Maya Lind", 1L),
            "2024-01-05T08:00",
            "2024-01-05T08:10"),
        fixture(
            "SMS backup: sms and mms, surrogate references, drafts, a group MMS, other contacts",
            "sms/sms-backup.xml",
            "+44 7700 900123",
            "SMS Backup & Restore",
            Map.of("Tomas Berg", 5L, "me", 3L),
            "2024-06-10T08:00",
            "2024-06-12T21:15"),
        fixture(
            "SMS backup cut off inside an MMS: what came before is kept",
            "sms/sms-truncated.xml",
            "Tomas Berg",
            "SMS Backup & Restore",
            Map.of("Tomas Berg", 3L, "me", 3L),
            "2024-06-10T08:00",
            "2024-06-11T12:00"),
        fixture(
            "Call log: incoming, outgoing, missed, rejected, blocked, unanswered outgoing",
            "sms/calls.xml",
            "07700900123",
            "Call log backup",
            Map.of("Tomas Berg", 4L, "me", 2L),
            "2024-06-13T19:00",
            "2024-06-15T18:30"));
  }

  private static Arguments fixture(
      String name,
      String resource,
      String them,
      String format,
      Map<String, Long> perPerson,
      String first,
      String last) {
    return Arguments.of(name, resource, them, format, perPerson, first, last);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void readsTheFiguresAPersonWouldCount(
      String name,
      String resource,
      String them,
      String format,
      Map<String, Long> perPerson,
      String first,
      String last) {
    ImportedFile file = Fixtures.read(resource, them);
    Fixtures.Summary summary = Fixtures.Summary.of(file.entries());

    assertThat(file.report().format()).isEqualTo(format);
    assertThat(summary.perPerson()).isEqualTo(perPerson);
    int total = perPerson.values().stream().mapToInt(Long::intValue).sum();
    assertThat(summary.entries()).isEqualTo(total);
    assertThat(file.report().entries()).isEqualTo(total);
    assertThat(summary.first()).isEqualTo(LocalDateTime.parse(first));
    assertThat(summary.last()).isEqualTo(LocalDateTime.parse(last));
  }
}
