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
            "2024-06-01T15:00"));
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
