package app.walkaway.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Options left to their defaults mean the computer's zone, and every copy keeps what it was given.
 */
class ImportOptionsTest {

  @Test
  void theDefaultZoneIsTheComputersAndAGivenOneIsKept() {
    assertThat(ImportOptions.defaults().zone()).isEqualTo(ZoneId.systemDefault());
    ZoneId tokyo = ZoneId.of("Asia/Tokyo");
    ImportOptions given = ImportOptions.defaults().withZone(tokyo);
    assertThat(given.zone()).isEqualTo(tokyo);
    assertThat(given.withThem(Optional.of("Sam")).withThreads(1).withoutTexts().zone())
        .isEqualTo(tokyo);
  }

  @Test
  void textsAreWantedUnlessSaidOtherwiseAndStaySaid() {
    assertThat(ImportOptions.defaults().texts()).isTrue();
    ImportOptions lean = ImportOptions.defaults().withoutTexts();
    assertThat(lean.texts()).isFalse();
    assertThat(lean.withThem(Optional.of("Sam")).withZone(ZoneId.of("UTC")).withThreads(2).texts())
        .isFalse();
    assertThat(lean.threads()).isEqualTo(ImportOptions.defaults().threads());
  }
}
