package app.walkaway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.walkaway.importer.Fixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code walkaway analyze --json} on every format this branch reads: the counts a person would make
 * by hand, through the command she runs (the tests run in Europe/London, her zone here).
 */
class AnalyzeFormatsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Telegram single chat | telegram/single-personal-chat.json | --me=Maya Lind |"
            + " 13 | Maya Lind=5,Tomas Berg=8 | 2024-06-01T11:00:00 | 2024-06-03T12:00:00",
        "Telegram account export, she is its owner | telegram/account-export.json |"
            + " --them=Tomas Berg | 4 | Maya Lind=1,Tomas Berg=3 | 2024-05-10T19:00:00 |"
            + " 2024-05-12T12:00:00",
        "Messenger thread folder | meta/messenger-thread | --me=Maya Lind | 11 |"
            + " Maya Lind=5,Paweł Żak=6 | 2024-03-01T18:00:00 | 2024-03-03T21:00:00",
        "Instagram download folder | meta/instagram-thread | --me=maya.lind | 9 |"
            + " maya.lind=3,tomas.berg=6 | 2024-04-20T10:00:00 | 2024-04-21T18:00:00",
        "SMS backup by his number | sms/sms-backup.xml | --them=07700 900123 | 8 |"
            + " Tomas Berg=5,me=3 | 2024-06-10T08:00:00 | 2024-06-12T21:15:00",
        "SMS backup by his contact name | sms/sms-backup.xml | --them=Tomas Berg | 8 |"
            + " Tomas Berg=5,me=3 | 2024-06-10T08:00:00 | 2024-06-12T21:15:00",
        "Call log | sms/calls.xml | --them=+44 7700 900123 | 6 | Tomas Berg=4,me=2 |"
            + " 2024-06-13T19:00:00 | 2024-06-15T18:30:00"
      })
  void analyzeCountsWhatAPersonWouldCount(
      String name,
      String resource,
      String who,
      int messages,
      String perPerson,
      String first,
      String last)
      throws Exception {
    List<String> args = new ArrayList<>(List.of("analyze", Fixtures.path(resource).toString()));
    args.addAll(List.of(who.split("=", 2)));
    args.addAll(List.of("--now", "2024-07-01T00:00", "--json"));

    CliRun run = CliRun.of(args.toArray(String[]::new));

    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    JsonNode out = JSON.readTree(run.out());
    assertThat(out.path("messages").asInt()).isEqualTo(messages);
    assertThat(counts(out.path("participants"))).isEqualTo(parse(perPerson));
    assertThat(out.path("first").asText()).isEqualTo(first);
    assertThat(out.path("last").asText()).isEqualTo(last);
  }

  @Test
  void anExportOfSeveralChatsListsThemAndNamesTheOptionThatChooses() {
    CliRun run = CliRun.of("analyze", Fixtures.path("telegram/account-export.json").toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains("holds 2 personal chats; say whose to read with --them NAME.")
        .contains("Tomas Berg (4 messages)");
    CliRun unknown =
        CliRun.of(
            "analyze",
            Fixtures.path("telegram/account-export.json").toString(),
            "--them",
            "Lake walkers");
    assertThat(unknown.err()).contains("choose one with --them NAME (as written below)");
  }

  private static Map<String, Long> counts(JsonNode participants) {
    Map<String, Long> counts = new TreeMap<>();
    participants.fields().forEachRemaining(e -> counts.put(e.getKey(), e.getValue().asLong()));
    return counts;
  }

  private static Map<String, Long> parse(String perPerson) {
    Map<String, Long> counts = new TreeMap<>();
    for (String pair : perPerson.split(",")) {
      String[] kv = pair.split("=");
      counts.put(kv[0].strip(), Long.parseLong(kv[1].strip()));
    }
    return counts;
  }
}
