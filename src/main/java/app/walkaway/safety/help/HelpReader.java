package app.walkaway.safety.help;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/**
 * Reads and checks {@code help-lines.json}. The file is ours, so a broken one is a bug: it fails
 * loudly naming the line, and unknown keys are rejected to catch typos.
 */
final class HelpReader {
  private HelpReader() {}

  record RawNumber(String number, Means means, String message) {}

  record RawLine(
      String country,
      String service,
      Purpose purpose,
      List<RawNumber> numbers,
      String hours,
      String note,
      List<Source> sources) {}

  record RawFile(String about, List<String> euMembers, List<RawLine> lines) {}

  static HelpDirectory read(InputStream in, String origin) {
    ObjectMapper mapper =
        new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    try {
      RawFile file = mapper.readValue(in, RawFile.class);
      List<HelpLine> lines = file.lines().stream().map(l -> line(l, origin)).toList();
      HelpDirectory directory = new HelpDirectory(lines, Set.copyOf(file.euMembers()));
      requireEmergencyEverywhere(directory, origin);
      return directory;
    } catch (JsonProcessingException e) {
      long at = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new IllegalStateException(origin + ":" + at + ": " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static HelpLine line(RawLine raw, String origin) {
    String where = origin + ": " + raw.country() + " " + raw.service();
    require(raw.numbers() != null && !raw.numbers().isEmpty(), where, "has no number");
    require(raw.sources() != null && !raw.sources().isEmpty(), where, "has no source");
    for (Source source : raw.sources()) {
      require(source.url().matches("https?://\\S+"), where, "source is not a web address");
      require(
          source.checked().matches("\\d{4}-\\d{2}-\\d{2}.*"), where, "source has no date checked");
    }
    List<HelpNumber> numbers =
        raw.numbers().stream()
            .map(n -> new HelpNumber(n.number(), n.means(), orEmpty(n.message())))
            .toList();
    return new HelpLine(
        HelpDirectory.normalize(raw.country()),
        raw.service(),
        raw.purpose(),
        numbers,
        orEmpty(raw.hours()),
        orEmpty(raw.note()),
        raw.sources());
  }

  private static void requireEmergencyEverywhere(HelpDirectory directory, String origin) {
    for (String country : directory.countries()) {
      boolean has =
          directory.all().stream().anyMatch(l -> l.country().equals(country) && l.isEmergency());
      require(has, origin + ": " + country, "has no emergency number");
    }
  }

  private static void require(boolean ok, String where, String problem) {
    if (!ok) {
      throw new IllegalStateException(where + " " + problem);
    }
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }
}
