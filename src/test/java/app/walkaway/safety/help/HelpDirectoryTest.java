package app.walkaway.safety.help;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The shipped help numbers: sourced, dated, and with an emergency number for every country. */
class HelpDirectoryTest {
  private static final HelpDirectory DIRECTORY = HelpDirectory.load();

  /** The emergency numbers each country must show, as its official pages give them. */
  static List<Map.Entry<String, List<String>>> emergencyNumbers() {
    return List.copyOf(
        Map.of(
                "US", List.of("911"),
                "GB", List.of("999"),
                "CA", List.of("911"),
                "AU", List.of("000"),
                "IE", List.of("999", "112"),
                "DE", List.of("110", "112"),
                "FR", List.of("17", "112"),
                "ES", List.of("112"),
                "IN", List.of("112"))
            .entrySet());
  }

  @Test
  void everyLineInTheFileHasAnOfficialSourceAndTheDateItWasChecked() throws IOException {
    // Read the file itself, not through the reader, so this does not trust the code it checks.
    try (InputStream in = HelpDirectory.class.getResourceAsStream(HelpDirectory.RESOURCE)) {
      JsonNode lines = new ObjectMapper().readTree(in).get("lines");
      assertThat(lines.size()).isGreaterThanOrEqualTo(15);
      for (JsonNode line : lines) {
        String name = line.get("country").asText() + " " + line.get("service").asText();
        assertThat(line.get("numbers")).as(name).isNotEmpty();
        assertThat(line.get("sources")).as(name).isNotEmpty();
        for (JsonNode source : line.get("sources")) {
          assertThat(source.get("url").asText()).as(name).matches("https?://[^ ]+\\.[^ ]+");
          assertThat(source.get("checked").asText()).as(name).matches("\\d{4}-\\d{2}-\\d{2} .+");
          assertThat(source.get("confirms").asText()).as(name).isNotBlank();
        }
      }
    }
  }

  @Test
  void theCountriesTheIssueAsksForAreThere() {
    assertThat(DIRECTORY.countries())
        .contains("US", "GB", "CA", "AU", "IE", "DE", "FR", "ES", "IN");
    assertThat(DIRECTORY.all())
        .filteredOn(l -> l.country().equals("EU"))
        .flatExtracting(HelpLine::numbers)
        .extracting(HelpNumber::number)
        .containsExactlyInAnyOrder("112", "116 016");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("emergencyNumbers")
  void eachCountryShowsItsEmergencyNumber(Map.Entry<String, List<String>> expected) {
    CountryHelp help = DIRECTORY.require(expected.getKey());

    assertThat(help.emergency())
        .flatExtracting(HelpLine::numbers)
        .extracting(HelpNumber::number)
        .containsAll(expected.getValue());
    assertThat(help.firstEmergencyNumber().number()).isEqualTo(expected.getValue().get(0));
  }

  @Test
  void everyCountryInTheFileHasAnEmergencyNumber() {
    for (String country : DIRECTORY.countries()) {
      assertThat(DIRECTORY.require(country).emergency()).as(country).isNotEmpty();
    }
  }

  @Test
  void anEuCountryAlsoGetsTheSharedNumbersItDoesNotListItself() {
    CountryHelp france = DIRECTORY.require("fr");
    CountryHelp germany = DIRECTORY.require("DE");

    assertThat(numbers(france.emergency())).containsExactly("17", "114", "112");
    assertThat(numbers(france.support())).containsExactly("3919", "116 016");
    // Germany's own helpline is 116 016 and its own emergency number 112: not listed twice.
    assertThat(numbers(germany.support())).containsExactly("116 016");
    assertThat(numbers(germany.emergency())).containsExactly("110", "112");
    assertThat(germany.support().get(0).country()).isEqualTo("DE");
  }

  @Test
  void aCountryOutsideTheEuGetsNoEuNumbers() {
    assertThat(numbers(DIRECTORY.require("US").support())).doesNotContain("116 016", "112");
  }

  @Test
  void ukIsReadAsGreatBritain() {
    assertThat(DIRECTORY.require(" uk ").country()).isEqualTo("GB");
  }

  @Test
  void anUnknownCountrySaysWhichCountriesThereAre() {
    assertThatThrownBy(() -> DIRECTORY.require("NZ"))
        .isInstanceOf(HelpException.class)
        .hasMessageContaining("'NZ'")
        .hasMessageContaining("AU, CA, DE, ES, FR, GB, IE, IN, US");
    assertThat(DIRECTORY.find("EU")).isEmpty();
  }

  @Test
  void aLineWithoutASourceIsRefused() {
    String file =
        "{\"about\": \"\", \"euMembers\": [], \"lines\": [{\"country\": \"NZ\", \"service\":"
            + " \"Police\", \"purpose\": \"EMERGENCY\", \"numbers\": [{\"number\": \"111\","
            + " \"means\": \"CALL\"}], \"sources\": []}]}";

    assertThatThrownBy(() -> read(file))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("NZ Police has no source");
  }

  @Test
  void aCountryWithoutAnEmergencyNumberIsRefused() {
    String file =
        "{\"about\": \"\", \"euMembers\": [], \"lines\": [{\"country\": \"NZ\", \"service\":"
            + " \"Women's Refuge\", \"purpose\": \"DOMESTIC_ABUSE\", \"numbers\": [{\"number\":"
            + " \"0800 733 843\", \"means\": \"CALL\"}], \"sources\": [{\"url\":"
            + " \"https://example.org\", \"checked\": \"2026-12-07 (stored copy)\","
            + " \"confirms\": \"x\"}]}]}";

    assertThatThrownBy(() -> read(file)).hasMessageContaining("NZ has no emergency number");
  }

  private static HelpDirectory read(String json) {
    return HelpReader.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
  }

  private static List<String> numbers(List<HelpLine> lines) {
    return lines.stream().flatMap(l -> l.numbers().stream()).map(HelpNumber::number).toList();
  }
}
