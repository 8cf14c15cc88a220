package app.walkaway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code walkaway today} reads 12 weeks before the start and everything since, plus what counts
 * from any time: her "please stop", however long ago.
 */
class TodayHistoryTest {
  @TempDir Path dir;
  private VaultCli cli;

  @BeforeEach
  void setUp() {
    cli = VaultCli.in(dir);
    cli.init();
    cli.run("plan", "start", "--date", "2026-03-01");
  }

  private List<String> guidance(String now) throws Exception {
    CliRun run = cli.run("today", "--now", now, "--zone", "Europe/London", "--json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> ids = new ArrayList<>();
    new ObjectMapper().readTree(run.out()).get("guidance").forEach(g -> ids.add(id(g)));
    return ids;
  }

  private static String id(JsonNode item) {
    return item.get("id").asText();
  }

  @Test
  void herStopFromLongBeforeTheWindowStillMakesHisContactARedFlag() throws Exception {
    cli.run("log", "boundary", "--at", "2025-06-01 10:00", "--text", "Told him to stop writing");
    cli.run("log", "message", "--at", "2026-03-09 20:00", "--text", "Can we have a coffee?");

    assertThat(guidance("2026-03-10 09:00")).startsWith("guide.red-flag");
  }

  @Test
  void withoutHerStopHisOrdinaryMessageIsNoRedFlag() throws Exception {
    cli.run("log", "message", "--at", "2026-03-09 20:00", "--text", "Can we have a coffee?");

    assertThat(guidance("2026-03-10 09:00")).doesNotContain("guide.red-flag");
  }
}
